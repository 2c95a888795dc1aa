/**
 * npx tsx bench/holdout.ts [file]: scores a set of messages whose stated facts rule a benefit out
 * (test/cases/ruled-out-holdout.jsonl by default): firm amounts of a ruled-out benefit, conditional
 * ones, and right verdicts (the text says the asker does not qualify, or that the text is silent).
 * Prints figures only, never the failing messages: the set is held out, not tuned on.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createResponder } from '../src/bot.js';
import { parseCases, runCase } from '../test/cases/checkCase.js';

const file = process.argv[2] ?? fileURLToPath(new URL('../test/cases/ruled-out-holdout.jsonl', import.meta.url));
const cases = parseCases(readFileSync(file, 'utf8'), file);
let firm = 0, conditional = 0, verdict = 0, asked = 0;
const show = process.argv.includes('--ids');
for (const c of cases) {
  const r = runCase(c, createResponder());
  const ruledOut = r.answer.amounts.filter((a) => (c.notAmounts ?? []).includes(a.yuan));
  const isFirm = ruledOut.some((a) => !a.conditional);
  if (isFirm) firm++;
  else if (ruledOut.length) conditional++;
  const said = (c.contains ?? []).every((g) => g.some((s) => r.answer.answer.includes(s)));
  if (said && !ruledOut.length) verdict++;
  else if (!ruledOut.length && r.answer.followUp.length) asked++;
  if (show && (ruledOut.length || !said)) console.log(`${c.id}: ${isFirm ? 'FIRM' : ruledOut.length ? 'conditional' : 'no verdict'}`);
}
console.log(`${file.replace(/.*\/test\//, 'test/')}: ${cases.length} cases`);
console.log(`  firm amounts of a ruled-out benefit: ${firm}`);
console.log(`  conditional amounts of a ruled-out benefit: ${conditional}`);
console.log(`  right verdict (no amount, says not eligible / text silent): ${verdict}`);
console.log(`  no amount, the deciding question asked instead: ${asked}`);
console.log(`  other (no amount, no verdict, no question): ${cases.length - firm - conditional - verdict - asked}`);
