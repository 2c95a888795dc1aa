/**
 * A rule's terms in Chinese, for the entitlements table and for questions about a benefit in
 * general ("博士购房补贴多少") where no profile is evaluated.
 */
import type { Amount } from '../answer/types.js';
import type { Rule } from '../knowledge/rulesSchema.js';
import { formatYuan } from '../answer/money.js';
import { FACTS, type FactName } from './profile.js';

const BENEFICIARY: Readonly<Record<Rule['beneficiary'], string>> = {
  person: '个人', enterprise: '企业', team: '团队', institution: '机构',
};

/** 个人 / 企业 / 团队 / 机构 */
export function describeBeneficiary(rule: Rule): string {
  return BENEFICIARY[rule.beneficiary];
}

/** The amount as the policy states it: "100万元", "3.6万元/年，共3年，合计10.8万元", "最高12万元". */
export function describeAmount(rule: Rule): string {
  const a = rule.amount;
  switch (a.kind) {
    case 'fixed': return formatYuan(a.yuan);
    case 'capped': return `最高${formatYuan(a.yuan)}`;
    case 'perYear':
      return a.years === undefined
        ? `${formatYuan(a.yuan)}/年（文件未写明发放年数）`
        : `${formatYuan(a.yuan)}/年，共${a.years}年，合计${formatYuan(a.yuan * a.years)}`;
    case 'share': {
      const of = FACTS[a.of as FactName].label;
      return a.ratio ? `按${of}${a.ratio[0]}:${a.ratio[1]}配套` : `${of}的${a.percent}%${a.bound === 'atLeast' ? '以上' : ''}`;
    }
    case 'interest': return `按贷款基准利率的${a.sharePercent}%贴息，最高${formatYuan(a.capYuan)}`;
    case 'inKind':
      return a.years === undefined || a.benefit.includes(`${a.years}年`) ? a.benefit : `${a.benefit}（期限${a.years}年）`;
    case 'unstated': return `${a.benefit}（文件未写明金额）`;
  }
}

/** The conditions, joined: "博士研究生；全日制；首次在盘创业；毕业5年内创业". */
export function describeConditions(rule: Rule): string {
  return [...rule.conditions.map((c) => c.requires), ...rule.assessed.map((a) => `${a}（由主管部门审核）`)].join('；');
}

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
