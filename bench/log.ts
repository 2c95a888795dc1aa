/**
 * The conversation log's cost (issue 12: under 10% of answers per second), run by npm run bench in
 * a fresh process. Each turn of the conversation set is answered twice, by a responder with the log
 * off and one with it on (a JSONL day file in a temporary folder, as POLICY_LOG_DIR would have it),
 * in alternating order, and each answer's CPU time (user + system) is summed on its side: on a
 * shared machine the wall clock also counts the time other processes hold the cores, which falls
 * unevenly on the two sides, and a whole-round comparison swung by ±20% between identical runs.
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
const rounds = 12;
let offUs = 0;
let onUs = 0;
let n = 0;
for (let r = 0; r < warmRounds + rounds; r++) {
  for (const { id, t, asOf } of turns) {
    const onFirst = (n++ & 1) === 0;
    for (const side of onFirst ? [on, off] : [off, on]) {
      const t0 = cpu();
      side(`${id}-${r}`, t, { asOf });
      const spent = cpu() - t0;
      if (r < warmRounds) continue;
      if (side === on) onUs += spent;
      else offUs += spent;
    }
  }
}
await log.close();
rmSync(dir, { recursive: true, force: true });
const answers = turns.length * rounds;
const rate = (us: number) => Math.round(answers / (us / 1e6));
console.log('\nconversation log — cost (issue 12)');
console.log(`  answers per CPU-second over ${answers} answers each, alternating: log off ${rate(offUs)}, log on (JSONL day file) ${rate(onUs)}; cost ${((onUs / offUs - 1) * 100).toFixed(1)}% (target < 10%)`);
