/**
 * One calculator outcome as a line of the answer: the benefit, what it gives, the conditions that
 * matter and the clause's own sentence, or, when ruled out, the failing condition.
 */
import { clauseName } from '../../answer/format.js';
import type { ConditionalOutcome, Outcome, Rule } from '../../calculator/index.js';

export function describeOutcome(o: Outcome, rule: Rule | undefined, ifYes?: ConditionalOutcome, inForce = true): string {
  const where = clauseName(o.clause);
  const quote = `原文：“${o.quote}”`;
  if (o.status === 'eligible') {
    const assessed = o.assessed.length ? `（还需${o.assessed.join('、')}）` : '';
    // After the period the policy still says what it provided; whether it is paid now is for the lead unit.
    const grant = inForce ? '您可享受' : '按政策规定（实施期内）您可享受';
    return `✓ ${o.title}：按${where}，${grant}${o.amountText}${assessed}。${quote}`;
  }
  if (o.status === 'ineligible') {
    const unsettled = o.failed[0]?.unsettled;
    // Not counted, but not "不能享受" either: the text neither names nor excludes the asker's case.
    if (unsettled) return `✗ ${o.title}：${o.failed[0]!.message}。${unsettled}这里不计入金额，请以牵头单位解释为准。`;
    return `✗ ${o.title}：${o.failed[0]?.message ?? '您的情况不符合条件'}，因此不能享受。`;
  }
  const requires = conditionsOf(rule);
  const conditions = requires.length ? `条件：${requires.join('、')}。` : '';
  // A sum computed from the asker's own figures, pending yes/no facts, is stated with that proviso.
  const sized = ifYes
    ? `如果${ifYes.assumed.map((a) => a.requires).join('、')}（待您确认），按您给的数字计算：${ifYes.outcome.amountText}。`
    : '';
  return `· ${o.title}：按${where}，${o.amountText}。${sized}${conditions}${quote}`;
}

/** The rule's conditions in Chinese, without one that another already says ("全日制" inside "全日制博士"). */
export function conditionsOf(rule: Rule | undefined): string[] {
  const all = [...new Set(rule?.conditions.map((c) => c.requires) ?? [])];
  return all.filter((r) => !all.some((other) => other !== r && other.includes(r)));
}
