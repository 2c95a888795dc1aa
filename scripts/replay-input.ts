/**
 * Every turn of every case set as `policy-bot ask --jsonl` input, one line a turn, so that a
 * refactoring can be checked by diffing the bot's output before and after:
 *
 *   npx tsx scripts/replay-input.ts > /tmp/in.jsonl
 *   node bin/policy-bot.mjs ask --jsonl < /tmp/in.jsonl > /tmp/before.jsonl
 *
 * Each case is its own user, judged on the case's date (or the case runner's default), as the
 * tests play them. Retrieval questions are single turns of users of their own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { DEFAULT_CASE_AS_OF, parseCases } from '../test/cases/checkCase.js';

const dir = new URL('../test/cases/', import.meta.url);
const out: string[] = [];
for (const file of readdirSync(dir).filter((f) => /^(conversations|shared-examples).*\.jsonl$/.test(f)).sort()) {
  for (const c of parseCases(readFileSync(new URL(file, dir), 'utf8'), file)) {
    const user = `${file.replace(/\.jsonl$/, '')}:${c.id}`;
    for (const text of c.turns) out.push(JSON.stringify({ user, text, asOf: c.asOf ?? DEFAULT_CASE_AS_OF }));
  }
}
readFileSync(new URL('retrieval.jsonl', dir), 'utf8').split('\n').filter(Boolean).forEach((line, i) => {
  const { q } = JSON.parse(line) as { q: string };
  out.push(JSON.stringify({ user: `retrieval:${i + 1}`, text: q, asOf: DEFAULT_CASE_AS_OF }));
});
process.stdout.write(`${out.join('\n')}\n`);
