/**
 * npm run check: the calculator's self-check in one command, cheap enough to run before each commit.
 *
 * 1. knowledge/rules and knowledge/parameters load (every quote verbatim, every number as stated);
 * 2. every amount-bearing phrase of the policy is a rule's or a target's;
 * 3. the case table (test/cases/calculator.jsonl) passes;
 * 4. the mutation check: every number in the rules data, changed, is caught.
 * Exit 1 on any failure.
 */
import { knowledge } from '../src/knowledge/index.js';
import { uncoveredPhrases } from '../src/calculator/coverage.js';
import { runMutations } from '../src/calculator/mutation.js';
import { ruleBook } from '../src/calculator/rulebook.js';
import { checkCase, loadCases } from '../src/calculator/selfCheck.js';

let failed = false;
const report = (ok: boolean, line: string) => {
  failed ||= !ok;
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${line}\n`);
};

try {
  const book = ruleBook();
  report(true, `rules: ${book.rules.length} loaded, ${book.claims.length} stored numbers matched to their quotes`);

  const gaps = uncoveredPhrases(knowledge(), book);
  report(gaps.length === 0, `coverage: ${gaps.length} amount phrase(s) of the policy not accounted for`);
  for (const g of gaps) process.stdout.write(`       ${g.clause}: ${g.raw}\n`);

  const cases = loadCases(new URL('../test/cases/calculator.jsonl', import.meta.url).pathname);
  const wrong = cases.map((c) => ({ c, problems: checkCase(c) })).filter((x) => x.problems.length);
  report(wrong.length === 0, `cases: ${cases.length - wrong.length}/${cases.length} pass`);
  for (const { c, problems } of wrong) process.stdout.write(`       ${c.name}: ${problems.join('; ')}\n`);

  for (const loaderChecks of [true, false]) {
    const mutants = runMutations(cases, undefined, loaderChecks);
    const survivors = mutants.filter((m) => m.killedBy === 'survived');
    const byLoader = mutants.filter((m) => m.killedBy === 'loader').length;
    const label = loaderChecks ? 'mutation check' : 'mutation check, case table alone';
    report(survivors.length === 0,
      `${label}: ${mutants.length - survivors.length}/${mutants.length} killed (${byLoader} by the loader, ${mutants.length - survivors.length - byLoader} by the cases)`);
    for (const s of survivors) process.stdout.write(`       survived: ${s.file} ${s.path} ${s.from} → ${s.to}\n`);
  }
} catch (err) {
  report(false, err instanceof Error ? err.message : String(err));
}
process.exitCode = failed ? 1 : 0;
