/** conditionalOutcome: an undetermined rule's sum from the asker's figures, were its yes/no facts met. */
import { describe, expect, it } from 'vitest';
import { conditionalOutcome, evaluate, type Profile } from '../src/calculator/index.js';
import { answerEntitlement } from '../src/dialogue/intents/entitlement.js';
import { draftText } from '../src/dialogue/reply.js';
import { validityOn } from '../src/dialogue/validity.js';

const asOf = '2021-06-30';
const loan = { loanPrincipalYuan: 5_000_000, loanTermYears: 1, loanRatePercent: 4.35 };

describe('conditionalOutcome', () => {
  it('computes the IP-pledge interest subsidy when only the pledge is unknown, and names the assumption', () => {
    const c = conditionalOutcome(loan, 'ip-pledge-interest-subsidy', asOf)!;
    expect(c.outcome.status).toBe('eligible');
    expect(c.outcome.amounts.map((a) => a.yuan)).toEqual([108_750]);
    expect(c.assumed).toEqual([{ fact: 'ipPledgeLoan', requires: '以知识产权质押方式向银行成功贷款' }]);
  });

  it('gives the same sum as evaluating with the fact stated: the calculator computes both', () => {
    const [stated] = evaluate({ ...loan, ipPledgeLoan: true } as Profile, { asOf, rules: ['ip-pledge-interest-subsidy'] });
    expect(conditionalOutcome(loan, 'ip-pledge-interest-subsidy', asOf)!.outcome.amounts).toEqual(stated!.amounts);
  });

  it('keeps the cap: 2000万 over three years is capped at 50万', () => {
    const c = conditionalOutcome({ loanPrincipalYuan: 20_000_000, loanTermYears: 3 }, 'ip-pledge-interest-subsidy', asOf)!;
    expect(c.outcome.amounts).toEqual([{ yuan: 500_000, per: 'once', cap: true, entitlement: 'ip-pledge-interest-subsidy' }]);
  });

  it('matches the provincial support 1:1 when only 新培养和引进 is unknown', () => {
    const c = conditionalOutcome({ provincialProgramme: 'xingliaoTalent', provincialSupportYuan: 200_000 }, 'provincial-talent-match', asOf)!;
    expect(c.outcome.amounts.map((a) => a.yuan)).toEqual([200_000]);
    expect(c.assumed.map((a) => a.fact)).toEqual(['newlyTrainedOrIntroduced']);
  });

  it('assumes nothing that is not a yes/no fact: a missing figure, term or programme leaves it undefined', () => {
    expect(conditionalOutcome({ loanPrincipalYuan: 5_000_000 }, 'ip-pledge-interest-subsidy', asOf)).toBeUndefined();
    expect(conditionalOutcome({ provincialSupportYuan: 200_000 }, 'provincial-talent-match', asOf)).toBeUndefined();
  });

  it('is undefined once a fact rules the rule out, or when it is already settled', () => {
    expect(conditionalOutcome({ ...loan, ipPledgeLoan: false }, 'ip-pledge-interest-subsidy', asOf)).toBeUndefined();
    expect(conditionalOutcome({ ...loan, ipPledgeLoan: true }, 'ip-pledge-interest-subsidy', asOf)).toBeUndefined();
  });

  it('is undefined for a rule whose amount no figure of the asker sizes', () => {
    expect(conditionalOutcome({ degree: 'doctorate' }, 'phd-first-home', asOf)).toBeUndefined();
    expect(conditionalOutcome({}, 'pilot-project-subsidy', asOf)).toBeUndefined();
  });
});

describe('answerEntitlement with the asker\'s figures and an open yes/no fact', () => {
  const validity = validityOn(asOf);
  const id = 'ip-pledge-interest-subsidy';

  it('lists the conditional sum instead of the general cap, says it is conditional, and still asks', () => {
    const r = answerEntitlement(loan, [id], [id], validity);
    expect(r.amounts.map((a) => a.yuan)).toEqual([108_750]);
    expect(draftText(r)).toContain('如果以知识产权质押方式向银行成功贷款（待您确认）');
    expect(draftText(r)).toContain('500万元×4.35%×50%×1年=108,750元');
    expect(r.followUp).toEqual(['这笔贷款是以知识产权质押方式向银行贷到的吗？']);
  });

  it('lists the general cap while the figures are unknown', () => {
    const r = answerEntitlement({}, [id], [id], validity);
    expect(r.amounts.map((a) => a.yuan)).toEqual([500_000]);
    expect(draftText(r)).not.toContain('待您确认');
  });

  it('lists nothing once the facts rule the subsidy out', () => {
    const r = answerEntitlement({ ...loan, ipPledgeLoan: false }, [id], [id], validity);
    expect(r.amounts).toEqual([]);
  });
});
