/** The calculator's behaviour beyond single cases: invariants over the case table, numbers, dates, the CLI. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as fc from 'fast-check';
import { run as calc } from '../adapters/cli/commands/calc.js';
import { run as entitlements } from '../adapters/cli/commands/entitlements.js';
import {
  evaluate, FACTS, FACT_NAMES, findQuantities, formatYuan, listRules, missingFacts, nominalAmounts,
  parseChineseAmount, parseChineseNumber, ProfileSchema, type Profile,
} from '../src/calculator/index.js';
import { addYears, withinYearsAfter } from '../src/calculator/dates.js';
import { knowledge } from '../src/knowledge/index.js';
import { loadCases } from '../src/calculator/selfCheck.js';

const cases = loadCases(new URL('./cases/calculator.jsonl', import.meta.url).pathname);
const granting = cases.filter((c) => c.expect.status === 'eligible');

describe('evaluate', () => {
  it('turns a granting case undetermined, never ineligible, when any one fact is dropped', () => {
    for (const c of granting) {
      for (const fact of Object.keys(c.profile)) {
        const { [fact]: _, ...rest } = c.profile;
        const [o] = evaluate(rest as Profile, { asOf: c.asOf, rules: [c.rule] });
        expect(o!.status, `${c.name} without ${fact}`).not.toBe('ineligible');
      }
    }
  });

  it('gives every outcome its reason: amounts or a benefit, a failing condition, or questions', () => {
    for (const c of cases) {
      const [o] = evaluate(c.profile as Profile, { asOf: c.asOf, rules: [c.rule] });
      if (o!.status === 'eligible') expect(o!.amounts.length > 0 || o!.benefit !== undefined).toBe(true);
      if (o!.status === 'ineligible') expect(o!.failed[0]!.message).toMatch(/^第\d+条要求.+；.+/);
      if (o!.status === 'undetermined') expect(o!.missing.every((m) => m.question.endsWith('？'))).toBe(true);
    }
  });

  it('cites only words that are in the clause, and pays whole yuan', () => {
    for (const c of granting) {
      const [o] = evaluate(c.profile as Profile, { asOf: c.asOf, rules: [c.rule] });
      // Each step quotes the clause it names: the rule's own, or the title's period in the notice.
      for (const step of o!.trace) expect(knowledge().clause(step.clause)!.text).toContain(step.quote);
      for (const a of o!.amounts) expect(Number.isSafeInteger(a.yuan)).toBe(true);
    }
  });

  it('never crashes and never pays a fraction on any valid profile', () => {
    const arbitraryProfile = fc.record({
      degree: fc.constantFrom('doctorate', 'master'), fullTime: fc.boolean(), firstBusinessInPanjin: fc.boolean(),
      graduationDate: fc.constantFrom('2010', '2016-02', '2018-07-01', '2021'),
      loanPrincipalYuan: fc.integer({ min: 1, max: 5e9 }), loanTermYears: fc.double({ min: 0.1, max: 30, noNaN: true }),
      loanRatePercent: fc.double({ min: 0.01, max: 20, noNaN: true }), ipPledgeLoan: fc.boolean(),
      transferNetIncomeYuan: fc.integer({ min: 0, max: 1e10 }), provincialSupportYuan: fc.integer({ min: 0, max: 1e8 }),
    }, { requiredKeys: [] });
    fc.assert(fc.property(arbitraryProfile, (p) => {
      for (const o of evaluate(ProfileSchema.parse(p), { asOf: '2020-06-01' })) {
        for (const a of o.amounts) expect(Number.isSafeInteger(a.yuan) && a.yuan >= 0).toBe(true);
        if (o.rule === 'ip-pledge-interest-subsidy') expect(o.amounts.every((a) => a.yuan <= 500000)).toBe(true);
      }
    }), { numRuns: 300 });
  });

  it('judges as of today when no date is given, and refuses a malformed date', () => {
    const [o] = evaluate({}, { rules: ['team-key'] });
    expect(o!.validity.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => evaluate({}, { asOf: '2020/01/01' })).toThrow(/YYYY-MM-DD/);
  });

  it('after 2021 judges the event, not the day asked: in the period it shows what the policy provided, says the period ended, and names the lead unit', () => {
    const [o] = evaluate({ teamTier: 'special', introductionDate: '2021-03' }, { asOf: '2026-11-28', rules: ['team-special'] });
    expect(o!.status).toBe('eligible');
    expect(o!.amounts[0]!.yuan).toBe(1000000);
    expect(o!.periodNote).toContain('2021年底届满');
    expect(o!.periodNote).toContain('市科技局');
  });

  it('after 2021 asks when the event happened, and rules out one after the period', () => {
    const [unknown] = evaluate({ teamTier: 'special' }, { asOf: '2026-11-28', rules: ['team-special'] });
    expect(unknown!.status).toBe('undetermined');
    expect(unknown!.missing.map((m) => m.fact)).toEqual(['introductionDate']);
    const [late] = evaluate({ teamTier: 'special', introductionDate: '2023-05' }, { asOf: '2026-11-28', rules: ['team-special'] });
    expect(late!.status).toBe('ineligible');
    expect(late!.amounts).toEqual([]);
    expect(late!.failed[0]!.message).toContain('2021-12-31');
  });

  it('asks each missing fact once across rules', () => {
    const questions = missingFacts(evaluate({}, { asOf: '2020-06-01' }));
    expect(new Set(questions.map((q) => q.fact)).size).toBe(questions.length);
    expect(questions.find((q) => q.fact === 'fullTime')?.question).toBe('您是全日制博士吗？');
  });
});

describe('the profile catalogue', () => {
  it('has a Chinese question for every fact of the schema', () => {
    expect(FACT_NAMES.sort()).toEqual(Object.keys(ProfileSchema.shape).sort());
    for (const f of FACT_NAMES) expect(FACTS[f].question).toMatch(/？$/);
  });

  it('accepts partial dates and refuses impossible ones', () => {
    for (const d of ['2024', '2024-06', '2024-02-29']) expect(ProfileSchema.safeParse({ graduationDate: d }).success).toBe(true);
    for (const d of ['24', '2024-13', '2023-02-29', '2024年']) expect(ProfileSchema.safeParse({ graduationDate: d }).success).toBe(false);
  });
});

describe('nominalAmounts', () => {
  it('lists the stated sums for general questions', () => {
    const byId = Object.fromEntries(listRules().map((r) => [r.id, nominalAmounts(r)]));
    expect(byId['phd-first-home']).toEqual([{ yuan: 120000, per: 'once', cap: true, entitlement: 'phd-first-home' }]);
    expect(byId['phd-startup-salary']!.map((a) => a.yuan)).toEqual([36000, 108000]);
    expect(byId['angel-fund-equity']).toEqual([]);
  });
});

describe('Chinese numbers', () => {
  it('reads numerals, mixed forms and full-width digits', () => {
    expect([parseChineseNumber('三十六'), parseChineseNumber('两千'), parseChineseNumber('一千二百万'), parseChineseNumber('三点六'),
      parseChineseNumber('二〇二四'), parseChineseNumber('十二'), parseChineseNumber('3.6万')]).toEqual([36, 2000, 12000000, 3.6, 2024, 12, 36000]);
    expect(parseChineseNumber('多少')).toBeUndefined();
  });

  it('finds money, rates, terms and ratios with their units', () => {
    const q = findQuantities('贷了５００万，一年，利率4.35%，按1:1配套，2024年毕业，6个月');
    expect(q.map((x) => [x.value, x.unit])).toEqual([
      [5000000, 'yuan'], [1, 'years'], [4.35, 'percent'], [1, 'ratio'], [2024, 'calendarYear'], [6, 'months'],
    ]);
    expect(parseChineseAmount('最高补贴五十万元')).toBe(500000);
    expect(parseChineseAmount('3.6万元/年')).toBe(36000);
  });

  it('writes yuan the way the policy does', () => {
    expect([formatYuan(36000), formatYuan(1000000), formatYuan(217500)]).toEqual(['3.6万元', '100万元', '217,500元']);
  });
});

describe('whole-date arithmetic', () => {
  it('counts the anniversary day in, and 29 February as 28 February', () => {
    expect(addYears('2016-02-29', 5)).toBe('2021-02-28');
    expect(withinYearsAfter('2015-07-01', '2020-07-01', 5)).toBe('yes');
    expect(withinYearsAfter('2015-07-01', '2020-07-02', 5)).toBe('no');
    expect(withinYearsAfter('2015', '2020-06-15', 5)).toBe('unsettled');
  });
});

describe('policy-bot calc and entitlements', () => {
  let out = '';
  let err = '';
  const capture = () => {
    out = '';
    err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err += String(s); return true; });
  };
  afterEach(() => { vi.restoreAllMocks(); });

  it('prints the outcomes with their traces', async () => {
    capture();
    const code = await calc(['--json', '{"ipPledgeLoan":true,"loanPrincipalYuan":3000000,"loanTermYears":1}', '--as-of', '2020-01-01', '--rules', 'ip-pledge-interest-subsidy']);
    expect(code).toBe(0);
    expect(out).toContain('[符合] 第13条');
    expect(out).toContain('65,250元');
    expect(out).toContain('按贷款基准利率50%予以贴息');
  });

  it('prints Outcome JSON with --raw', async () => {
    capture();
    expect(await calc(['--json', '{"teamTier":"priority"}', '--rules', 'team-priority', '--raw', '--as-of', '2020-01-01'])).toBe(0);
    expect(JSON.parse(out)[0].amounts).toEqual([{ yuan: 200000, per: 'once', entitlement: 'team-priority' }]);
  });

  it('answers bad JSON, an invalid profile and a bad date with one line and exit 2', async () => {
    for (const args of [['--json', '{bad'], ['--json', '{"degree":"phd"}'], ['--json', '{}', '--as-of', '2020-1-1'], []]) {
      capture();
      expect(await calc(args)).toBe(2);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('lists every benefit with amount, who, conditions, clause and lead unit', async () => {
    capture();
    expect(await entitlements([])).toBe(0);
    expect(out).toContain('第17条  新落户全日制博士首套住房购房补贴');
    expect(out).toContain('金额：最高12万元');
    expect(out).toContain(`共${listRules().length}项`);
  });
});
