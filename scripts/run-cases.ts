/**
 * Plays case files (test/cases/*.jsonl) and prints each failing case with its problems and the
 * reply: for working on a development set. Never point it at a frozen or held-out set.
 *   npx tsx scripts/run-cases.ts test/cases/zh-dev-3.jsonl [--all]
 */
import { readFileSync } from 'node:fs';
import { createResponder } from '../src/bot.js';
import { parseCases, runCase } from '../test/cases/checkCase.js';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const all = process.argv.includes('--all');
for (const file of files) {
  if (/blind|holdout/.test(file)) throw new Error(`${file} is frozen or held out: score it with npm run eval`);
  const cases = parseCases(readFileSync(file, 'utf8'), file);
  let pass = 0, wrong = 0, oos = 0, caught = 0, refused = 0;
  for (const c of cases) {
    const r = runCase(c, createResponder());
    if (r.ok) pass++;
    if (r.wrongGrant) wrong++;
    if (c.oos === true) { oos++; if (r.answer.outOfScope) caught++; } else if (r.answer.outOfScope) refused++;
    if (!r.ok || all) {
      const amounts = r.answer.amounts.map((a) => `${a.yuan}${a.conditional ? '?' : ''}`).join(',');
      console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${c.id} [${c.category}] ${c.turns.join(' / ')}\n     ${r.problems.join('; ')}${r.wrongGrant ? ' WRONG-AMOUNT' : ''}\n     → ${r.answer.outOfScope ? 'OOS ' : ''}${r.answer.citations.slice(0, 3).join(',')} [${amounts}] ${r.answer.answer.replace(/\n/g, ' ').slice(0, 160)}`);
    }
  }
  console.log(`${file}: ${pass}/${cases.length} pass; oos caught ${caught}/${oos}; in-scope refused ${refused}/${cases.length - oos}; wrong amounts ${wrong}`);
}
