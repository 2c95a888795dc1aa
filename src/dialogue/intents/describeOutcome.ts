/**
 * One calculator outcome as a verdict line of the answer: the benefit, what it gives, the
 * conditions that matter and the clause's own sentence, or, when ruled out, the failing condition.
 * The line keeps the outcome's status, amounts and conditions as data beside its words.
 */
import { message, say, sayInline } from '../../answer/messages.js';
import { line, type Line } from '../../answer/parts.js';
import { failedPieces, isOpenPoint, nominalAmounts, reasonText, type ConditionalOutcome, type Outcome, type Rule } from '../../calculator/index.js';

export function describeOutcome(o: Outcome, rule: Rule | undefined, ifYes?: ConditionalOutcome, inForce = true): Line {
  const clause = { clause: o.clause };
  const quote = say('verbatim', { quote: o.quote });
  const verdict = { benefit: o.rule, status: o.status };
  if (o.status === 'eligible') {
    const assessed = o.assessed.length ? say('stillAssessed', { assessed: o.assessed.join(message('assessedSeparator')) }) : '';
    // After the period the policy still says what it provided; whether it is paid now is for the lead unit.
    const grant = message(inForce ? 'grantInForce' : 'grantAfterPeriod');
    return line('verdict', sayInline('verdictEligible', { title: o.title, clause, grant, amount: o.amountText, assessed, quote }), {
      ...verdict, amounts: o.amounts,
    });
  }
  if (o.status === 'ineligible') {
    const first = o.failed[0];
    const conditions = first ? [first.requires] : [];
    // The failing condition names its clause as a reference, so each channel names it its own way.
    const failed = first ? failedPieces(o.clause, first.requires, first.reason, o.validity.asOf) : message('failedDefault');
    // Not counted, but not "不能享受" either: the text neither names nor excludes the asker's case.
    // A point the text says nothing of (注册在外地) is no requirement: said without "要求".
    if (first?.unsettled && first.openPoint) {
      return line('verdict', sayInline('verdictOpenPoint', { title: o.title, actual: reasonText(first.reason, o.validity.asOf), unsettled: first.unsettled }), { ...verdict, amounts: [], conditions });
    }
    if (first?.unsettled) {
      return line('verdict', sayInline('verdictUnsettled', { title: o.title, failed, unsettled: first.unsettled }), { ...verdict, amounts: [], conditions });
    }
    return line('verdict', sayInline('verdictIneligible', { title: o.title, failed }), { ...verdict, amounts: [], conditions });
  }
  const requires = conditionsOf(rule);
  const conditions = requires.length ? say('openConditions', { conditions: requires.join(message('conditionSeparator')) }) : '';
  // A sum computed from the asker's own figures, pending yes/no facts, is stated with that proviso.
  const sized = ifYes
    ? say('openIfYes', { assumed: ifYes.assumed.map((a) => a.requires).join(message('conditionSeparator')), amount: ifYes.outcome.amountText })
    : '';
  return line('verdict', sayInline('verdictOpen', { title: o.title, clause, amount: o.amountText, sized, conditions, quote }), {
    ...verdict,
    amounts: ifYes ? ifYes.outcome.amounts : rule ? nominalAmounts(rule) : [],
    conditions: requires,
  });
}

/** The rule's conditions in Chinese, without one that another already says ("全日制" inside "全日制博士"). */
export function conditionsOf(rule: Rule | undefined): string[] {
  const all = [...new Set(rule?.conditions.filter((c) => !isOpenPoint(c)).map((c) => c.requires) ?? [])];
  return all.filter((r) => !all.some((other) => other !== r && other.includes(r)));
}
