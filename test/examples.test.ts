/**
 * Every example of ../shared/examples/questions.jsonl (the repository's copy, checked against the
 * original by sharedCopies.test.ts) through the real command line:
 * `policy-bot ask --jsonl`, spawned once with all the conversations, one user per example.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/answer/types.js';
import { checkCase, parseCases } from './cases/checkCase.js';
import { SHARED_EXAMPLES, read } from './sharedCopies.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = parseCases(read(SHARED_EXAMPLES.local), SHARED_EXAMPLES.local);

const input = examples.flatMap((e) => e.turns.map((text) => JSON.stringify({ user: e.id, text }))).join('\n') + '\n';
const run = spawnSync(process.execPath, [fileURLToPath(new URL('../bin/policy-bot.mjs', import.meta.url)), 'ask', '--jsonl'], {
  cwd: root, input, encoding: 'utf8', timeout: 60000,
});
const lines = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Answer);

describe('policy-bot ask --jsonl on the shared examples', () => {
  it('exits 0 and answers every line in order', () => {
    expect(run.status, run.stderr).toBe(0);
    const users = examples.flatMap((e) => e.turns.map(() => e.id));
    expect(lines.map((a) => a.user)).toEqual(users);
  });

  // The reply to an example's last turn is the one its checks apply to.
  let at = 0;
  const lastReply = new Map<string, number>();
  for (const e of examples) {
    at += e.turns.length;
    lastReply.set(e.id, at - 1);
  }
  it.each(examples.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    const answer = lines[lastReply.get(e.id)!];
    expect(answer, 'no answer line').toBeDefined();
    const result = checkCase(e, answer!);
    expect(result.problems, `${e.turns.join(' / ')}\n${answer!.answer}`).toEqual([]);
  });
});
