/**
 * A rule's terms (worded in words.ts), for the entitlements table and for questions about a benefit in
 * general ("博士购房补贴多少") where no profile is evaluated.
 */
import type { Amount } from '../answer/types.js';
import type { Rule } from '../knowledge/rulesSchema.js';

export { describeAmount, describeBeneficiary, describeConditions } from './words.js';

/**
 * The amounts a rule states on its own, as contract Amounts: what to list when someone asks about
 * a benefit in general. Empty where the sum depends on the asker's figures (a share, a loan's
 * interest below its cap) or is not money.
 */
export function nominalAmounts(rule: Rule): Amount[] {
  const a = rule.amount;
  const entitlement = rule.id;
  switch (a.kind) {
    case 'fixed': return [{ yuan: a.yuan, per: 'once', entitlement }];
    case 'capped': return [{ yuan: a.yuan, per: 'once', cap: true, entitlement }];
    case 'perYear':
      return a.years === undefined
        ? [{ yuan: a.yuan, per: 'year', entitlement }]
        : [{ yuan: a.yuan, per: 'year', years: a.years, entitlement }, { yuan: a.yuan * a.years, per: 'once', entitlement }];
    case 'interest': return [{ yuan: a.capYuan, per: 'once', cap: true, entitlement }];
    default: return [];
  }
}
