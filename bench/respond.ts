/**
 * respond() end to end (run by npm run bench, in a fresh process):
 *   1. time from process start to the first answer, for the real CLI (`policy-bot ask --jsonl`),
 *      for three kinds of first question (a clause number, an entitlement, a free-text lookup);
 *   2. p50 / p99 per answer and answers per second, warm, over the conversation set's turns;
 *   3. RSS after 20,000 distinct users, each holding a two-turn conversation.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createResponder } from '../src/bot.js';
import { parseCases } from '../test/cases/checkCase.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/policy-bot.mjs', import.meta.url));

/** Milliseconds from spawning the CLI to the first answer line on its standard output. */
function firstAnswerMs(question: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, 'ask', '--jsonl'], { cwd: root });
    child.stdout.once('data', () => {
      resolve(performance.now() - started);
      child.stdin.end();
    });
    child.on('error', reject);
    child.stdin.write(`${JSON.stringify({ user: 'bench', text: question })}\n`);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  console.log('\nrespond() — end to end');

  for (const [kind, q] of [['clause number', '第十七条'], ['entitlement', '博士购房补贴多少'], ['free-text lookup', '院士专家工作站是怎么规定的']]) {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) runs.push(await firstAnswerMs(q!));
    runs.sort((a, b) => a - b);
    console.log(`  first answer after process start (${kind}, "${q}"): median ${runs[1]!.toFixed(0)} ms of 3 (target ≤ 1000 ms)`);
  }

  // Memory first, on a heap that only start-up and the index have touched.
  // bench/run.ts starts us without --expose-gc; turn it on here so RSS is measured after collection.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  const users = 20000;
  const fresh = createResponder();
  fresh('warm', '院士专家工作站是怎么规定的'); // loads nodejieba and builds the index, as a server does at start
  fresh('warm', '我是全日制博士，去年毕业，第一次在盘锦创业，有什么补贴');
  gc?.();
  const before = process.memoryUsage();
  for (let i = 0; i < users; i++) {
    fresh(`user-${i}`, '我是全日制博士，去年毕业', { asOf: '2021-06-30' });
    fresh(`user-${i}`, '第一次在盘锦创业，有什么补贴', { asOf: '2021-06-30' });
  }
  gc?.();
  const after = process.memoryUsage();
  console.log(`  RSS after ${users} distinct users (2 turns each): ${mb(after.rss)}; growth ${mb(after.rss - before.rss)} (target < 150 MB); JS heap growth ${mb(after.heapUsed - before.heapUsed)}${gc ? '' : ' [no gc: not settled]'}`);
  console.log('  (the session store keeps at most 10,000 conversations, least recently used dropped first, 30 min idle expiry)');

  const cases = parseCases(readFileSync(new URL('../test/cases/conversations.jsonl', import.meta.url), 'utf8'), 'conversations.jsonl');
  const turns = cases.flatMap((c) => c.turns.map((t) => ({ id: c.id, t, asOf: c.asOf ?? '2021-06-30' })));
  const respond = createResponder();
  // One unmeasured round lets V8 compile the hot paths; the figures below are the steady state.
  for (const { id, t, asOf } of turns) respond(`warmup-${id}`, t, { asOf });
  const times: number[] = [];
  const rounds = 20;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const { id, t, asOf } of turns) {
      const s = performance.now();
      respond(`${id}-${r}`, t, { asOf });
      times.push(performance.now() - s);
    }
  }
  const elapsed = performance.now() - t0;
  times.sort((a, b) => a - b);
  console.log(`  per answer over ${times.length} answers (${turns.length} turns × ${rounds}): p50 ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms, max ${times.at(-1)!.toFixed(1)} ms (target p99 < 5 ms)`);
  console.log(`  answers per second: ${Math.round(times.length / (elapsed / 1000))}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
