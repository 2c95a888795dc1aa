/**
 * The conversation log's cost (issue 12: under 10% of answers per second), run by npm run bench in
 * a fresh process. Each turn of the conversation set is answered twice, by a responder with the log
 * off and one with it on (a JSONL day file in a temporary folder, as POLICY_LOG_DIR would have it),
 * and each answer's CPU time (user + system) is summed on its side: on a shared machine the wall
 * clock also counts the time other processes hold the cores, which falls unevenly on the two sides,
 * and a whole-round comparison swung by ±20% between identical runs.
 *
 * Which side answers a turn first alternates from turn to turn and from round to round, so that
 * each side goes first on every turn equally often (the second to answer a text finds more of its
 * work in the CPU's caches). The cost is given over all rounds, and as the median and range of the
 * rounds' own costs, which show how far one figure can be trusted on a loaded machine.
 *
 *   npx tsx bench/log.ts [rounds]     (default 12, after 2 rounds to warm up)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createResponder } from '../src/bot.js';
import { openConversationLog } from '../src/log/index.js';
import { parseCases } from '../test/cases/checkCase.js';

const cases = parseCases(readFileSync(new URL('../test/cases/conversations.jsonl', import.meta.url), 'utf8'), 'conversations.jsonl');
const turns = cases.flatMap((c) => c.turns.map((t) => ({ id: c.id, t, asOf: c.asOf ?? '2021-06-30' })));

const dir = mkdtempSync(join(tmpdir(), 'policy-bench-log-'));
const log = openConversationLog('jsonl', { POLICY_LOG_DIR: dir })!;
const off = createResponder();
const on = createResponder({ log });
const cpu = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

const warmRounds = 2;
const asked = Number(process.argv[2]);
const rounds = Number.isInteger(asked) && asked > 0 ? asked : 12;
const perRound: { offUs: number; onUs: number }[] = [];
for (let r = 0; r < warmRounds + rounds; r++) {
  const round = { offUs: 0, onUs: 0 };
  turns.forEach(({ id, t, asOf }, i) => {
    const onFirst = ((i + r) & 1) === 0;
    for (const side of onFirst ? [on, off] : [off, on]) {
      const t0 = cpu();
      side(`${id}-${r}`, t, { asOf });
      const spent = cpu() - t0;
      if (side === on) round.onUs += spent;
      else round.offUs += spent;
    }
  });
  if (r >= warmRounds) perRound.push(round);
}
await log.close();
rmSync(dir, { recursive: true, force: true });

const sum = (k: 'offUs' | 'onUs') => perRound.reduce((s, x) => s + x[k], 0);
const offUs = sum('offUs');
const onUs = sum('onUs');
const answers = turns.length * rounds;
const rate = (us: number) => Math.round(answers / (us / 1e6));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const costs = perRound.map((x) => x.onUs / x.offUs - 1).sort((a, b) => a - b);
const median = costs.length % 2 ? costs[costs.length >> 1]! : (costs[costs.length / 2 - 1]! + costs[costs.length / 2]!) / 2;
console.log('\nconversation log — cost (issue 12)');
console.log(`  answers per CPU-second over ${answers} answers each (${rounds} rounds), alternating: log off ${rate(offUs)}, log on (JSONL day file) ${rate(onUs)}; cost ${pct(onUs / offUs - 1)} (target < 10%)`);
console.log(`  the rounds' own costs: median ${pct(median)}, range ${pct(costs[0]!)} to ${pct(costs[costs.length - 1]!)}; per answer ${((onUs - offUs) / answers).toFixed(1)} µs of ${(offUs / answers).toFixed(1)} µs`);
