/** A stated "no" the date would show (不是新列入), and a contract rate that is not the subsidy's basis. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/calculator/index.js';

const asOf = '2021-06-30';

describe('inPolicyYears denied by a yes/no fact', () => {
  it('rules the reward out when the asker says the recognition is not new and gives no year', () => {
    const [o] = evaluate({ recognitionKind: 'incubator', recognitionLevel: 'national', recognitionNew: false }, { asOf, rules: ['national-incubator'] });
    expect(o!.status).toBe('ineligible');
    expect(o!.amounts).toEqual([]);
    expect(o!.failed[0]!.fact).toBe('recognitionNew');
  });

  it('lets a stated year decide even when the asker also said it is not new', () => {
    const [o] = evaluate({ recognitionKind: 'highTechEnterprise', recognitionDate: '2020', recognitionNew: false }, { asOf, rules: ['high-tech-enterprise'] });
    expect(o!.status).toBe('eligible');
  });

  it('still asks for the year when newness is unknown', () => {
    const [o] = evaluate({ recognitionKind: 'highTechEnterprise' }, { asOf, rules: ['high-tech-enterprise'] });
    expect(o!.status).toBe('undetermined');
  });
});

describe('IP-pledge subsidy rate', () => {
  it('subsidises at the benchmark for the term, not at the contract rate (按贷款基准利率50%)', () => {
    const [o] = evaluate({ ipPledgeLoan: true, loanPrincipalYuan: 3_000_000, loanTermYears: 1, loanRatePercent: 6 }, { asOf, rules: ['ip-pledge-interest-subsidy'] });
    expect(o!.amounts.map((a) => a.yuan)).toEqual([65_250]);
    expect(o!.notes.join('')).toContain('6%不是计算依据');
  });
});

describe('a type the 含 list leaves open', () => {
  it('is not counted, and is marked unsettled rather than plainly excluded (国家级技术创新中心)', () => {
    const [o] = evaluate({ recognitionKind: 'techInnovationCenter', recognitionLevel: 'national', recognitionDate: '2020' }, { asOf, rules: ['national-rd-institution'] });
    expect(o!.status).toBe('ineligible');
    expect(o!.amounts).toEqual([]);
    expect(o!.failed[0]!.unsettled).toContain('文件未写明');
  });

  it('is plainly excluded when the value is no such type (高新技术企业 for item-3)', () => {
    const [o] = evaluate({ recognitionKind: 'highTechEnterprise', recognitionLevel: 'national', recognitionDate: '2020' }, { asOf, rules: ['national-rd-institution'] });
    expect(o!.failed[0]!.unsettled).toBeUndefined();
  });
});

describe('a beneficiary the text names (…的企业)', () => {
  it('is never asked, and a stated "not an enterprise" rules the reward out', () => {
    const base = { recognitionKind: 'enterpriseTechCenter', recognitionLevel: 'national', recognitionDate: '2020' } as const;
    expect(evaluate(base, { asOf, rules: ['national-rd-institution'] })[0]!.status).toBe('eligible');
    const [o] = evaluate({ ...base, applicantEnterprise: false }, { asOf, rules: ['national-rd-institution'] });
    expect(o!.status).toBe('ineligible');
    expect(o!.failed[0]!.fact).toBe('applicantEnterprise');
  });
});
