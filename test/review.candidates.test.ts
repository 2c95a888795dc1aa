/**
 * The candidates loop of issue 12, end to end, in a copy of the project: a question the bot cannot
 * answer is asked with the log on; `policy-bot review --candidates` writes it as a bank section
 * with an empty target; a member of staff fills the target in and moves the section into a bank
 * file; `npm run train` (scripts/train.ts, the real one: about 20 s on the project's loaded 2-core
 * machine) retrains the model; the bot of the copy then answers the question, with no code change.
 * The copy holds the sources and the knowledge; node_modules is linked, not copied.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/answer/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const AS_OF = '2021-06-30';
/** Asked back about today (the model's low band): which of three clauses is meant. */
const QUESTION = '开个研究所能给多少钱';
const TARGET = 'item-3';

function copyProject(): string {
  const copy = mkdtempSync(join(tmpdir(), 'policy-copy-'));
  for (const dir of ['src', 'knowledge', 'bin', 'adapters', 'scripts']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
  for (const file of ['package.json', 'tsconfig.json']) copyFileSync(join(ROOT, file), join(copy, file));
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

function bin(project: string, args: string[], env: NodeJS.ProcessEnv, input = ''): string {
  const run = spawnSync(process.execPath, [join(project, 'bin/policy-bot.mjs'), ...args], { cwd: project, env: { ...process.env, ...env }, input, encoding: 'utf8', timeout: 180_000 });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

const ask = (project: string, env: NodeJS.ProcessEnv) =>
  JSON.parse(bin(project, ['ask', '--json', '--as-of', AS_OF, QUESTION], env)) as Answer;

describe('policy-bot review --candidates', () => {
  it('turns an unanswered question into a bank entry that, filled in and trained on, the bot answers', () => {
    const project = copyProject();
    const log = { POLICY_LOG: 'on', POLICY_LOG_DIR: join(project, 'data/log') };

    const before = ask(project, log);
    expect(before.clarify?.length ?? 0).toBeGreaterThan(0);
    expect(before.citations).not.toContain(TARGET);

    const file = join(project, 'candidates.md');
    bin(project, ['review', '--candidates', file], log);
    const candidates = readFileSync(file, 'utf8');
    const section = candidates.split('\n\n').find((s) => s.includes(`- ${QUESTION}`));
    expect(section).toBeDefined();
    expect(section).toContain('## target:\n');

    // What staff do: fill in the target, move the section into the bank, retrain.
    const filled = section!.replace('## target:', `## target:${TARGET}`);
    appendFileSync(join(project, 'knowledge/bank/part1.md'), `\n${filled}\n`);
    const started = performance.now();
    const train = spawnSync(process.execPath, [join(project, 'node_modules/tsx/dist/cli.mjs'), 'scripts/train.ts'], { cwd: project, encoding: 'utf8', timeout: 300_000 });
    expect(train.status, train.stderr).toBe(0);
    console.log(`review.candidates: npm run train in the copy took ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const after = ask(project, { POLICY_LOG: 'off' });
    expect(after.clarify).toBeUndefined();
    expect(after.outOfScope).toBe(false);
    expect(after.citations[0]).toBe(TARGET);
  }, 600_000);
});
