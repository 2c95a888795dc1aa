/**
 * The calculator's case table: test/cases/calculator.jsonl, written from the policy text. Each
 * line names a rule, a profile, a date and what must come out.
 */
import { describe, expect, it, test } from 'vitest';
import { listRules } from '../src/calculator/index.js';
import { checkCase, loadCases } from '../src/calculator/selfCheck.js';

const cases = loadCases(new URL('./cases/calculator.jsonl', import.meta.url).pathname);

describe('test/cases/calculator.jsonl', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(checkCase(c)).toEqual([]);
  });
});

describe('the case table', () => {
  const rules = listRules();
  const forRule = (id: string) => cases.filter((c) => c.rule === id);

  it('names only rules that exist', () => {
    const ids = new Set(rules.map((r) => r.id));
    expect(cases.filter((c) => !ids.has(c.rule)).map((c) => c.name)).toEqual([]);
  });

  it.each(rules.map((r) => [r.id, r] as const))('covers %s: a grant, each condition failing, each fact missing, the period boundaries', (id, rule) => {
    const mine = forRule(id);
    expect(mine.some((c) => c.expect.status === 'eligible')).toBe(true);
    for (const cond of rule.conditions) {
      // An input the amount needs ('given') cannot fail, only be missing.
      if (cond.test !== 'given') {
        expect(mine.some((c) => c.expect.status === 'ineligible' && c.expect.failed === cond.fact), `${cond.fact} failing`).toBe(true);
      }
      // A fact the text states of every beneficiary ('unlessDenied') is never asked, so never missing.
      if (cond.test !== 'unlessDenied') {
        expect(mine.some((c) => c.expect.status === 'undetermined' && c.expect.missing?.includes(cond.fact)), `${cond.fact} missing`).toBe(true);
      }
    }
    for (const day of ['2019-07-03', '2019-07-04', '2021-12-31', '2022-01-01']) {
      expect(mine.some((c) => c.asOf === day && c.expect.inForce !== undefined), `as of ${day}`).toBe(true);
    }
  });

  it('has the worked amounts of the issue', () => {
    const amounts = (c: (typeof cases)[number]) => (c.expect.amounts ?? []).map((a) => a.yuan);
    const worked = (yuan: number) => cases.some((c) => amounts(c).includes(yuan));
    expect([217500, 500000, 108000, 65250].filter((y) => !worked(y))).toEqual([]);
  });
});
