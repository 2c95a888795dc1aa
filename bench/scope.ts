/**
 * Issue 11's out-of-scope line, measured through respond(): on the bank's dev split (the split the
 * thresholds are set on), out-of-scope examples caught and in-scope ones refused, with the model's
 * target top-1; then on the case files given (default: the non-frozen sets), the same two counts.
 *
 *   npx tsx bench/scope.ts [--list] [file.jsonl …]
 *
 * --list prints the dev split's misses and the case files' failures, except the held-out file's
 * (test/cases/oos-holdout.jsonl: scored, never looked into) and never a frozen set's (those files are
 * refused here, so that nobody reads their questions by accident).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bank } from '../src/bank/index.js';
import { createResponder } from '../src/bot.js';
import { answersTarget } from '../src/model/answers.js';
import { parseCases, runCase } from '../test/cases/checkCase.js';

const AS_OF = '2021-06-30';
const args = process.argv.slice(2);
const list = args.includes('--list');
const files = args.filter((a) => !a.startsWith('--'));
const DEFAULT_FILES = ['conversations.jsonl', 'new-users.jsonl', 'shared-examples.jsonl', 'oos-holdout.jsonl'].map((f) => fileURLToPath(new URL(`../test/cases/${f}`, import.meta.url)));
const pct = (n: number, of: number) => `${n}/${of} ${of ? ((100 * n) / of).toFixed(1) : '—'}%`;

const respond = createResponder();
const dev = bank().examples.filter((e) => e.split === 'dev');
let caught = 0, oos = 0, refused = 0, inScope = 0, right = 0;
const misses: string[] = [];
for (const e of dev) {
  const answer = respond(`dev-${e.source}`, e.text, { asOf: AS_OF });
  const isOos = e.target.startsWith('oos:');
  if (isOos) { oos++; if (answer.outOfScope) caught++; else misses.push(`  missed  ${e.target.padEnd(18)} ${e.text} → ${answer.clarify?.length ? 'clarify' : answer.citations[0] ?? '(none)'}`); }
  else { inScope++; if (answer.outOfScope) { refused++; misses.push(`  refused ${e.target.padEnd(18)} ${e.text}`); } }
  if (answersTarget(e.target, answer)) right++;
}
console.log(`bank dev split (${dev.length}): out of scope caught ${pct(caught, oos)}; in scope refused ${pct(refused, inScope)}; answered its target ${pct(right, dev.length)}`);
if (list) console.log(misses.join('\n'));

for (const file of files.length ? files : DEFAULT_FILES) {
  if (/conversations-blind/.test(file)) { console.log(`${file}: frozen, not read`); continue; }
  const cases = parseCases(readFileSync(file, 'utf8'), file);
  let c = 0, o = 0, r = 0, i = 0, pass = 0, cited = 0, top1 = 0;
  for (const k of cases) {
    const res = runCase(k, createResponder());
    if (res.ok) pass++;
    else if (list && !/oos-holdout/.test(file)) console.log(`  ${k.id} ${k.turns.join(' / ')}: ${res.problems.join('; ')}`);
    if (k.cite?.length) { cited++; if (k.cite.includes(res.answer.citations[0] ?? '')) top1++; }
    if (k.oos === true) { o++; if (res.answer.outOfScope) c++; }
    else { i++; if (res.answer.outOfScope) r++; }
  }
  console.log(`${file.replace(/.*\/test\//, 'test/')}: pass ${pct(pass, cases.length)}; oos caught ${pct(c, o)}; in scope refused ${pct(r, i)}; clause top-1 ${pct(top1, cited)}`);
}
