/**
 * The calculator's one place of wording: outcome data (fail reasons, computations, notes, the
 * period) become the Chinese the answer shows, from the message catalogue
 * (knowledge/language/zh/messages.json). The interpreter (evaluate, conditions, amounts) decides
 * and computes; it never writes a sentence itself.
 */
import { formatYuan } from '../answer/money.js';
import { message, say, sayInline, type MessageName } from '../answer/messages.js';
import type { Inline } from '../answer/parts.js';
import type { Rule } from '../knowledge/rulesSchema.js';
import { FACTS, type FactName } from './profile.js';
import type { Computation, FailReason, PeriodStatus } from './types.js';

/** A note on how an outcome was reached, as data. */
export type Note =
  | { kind: 'dateRounding' }
  | { kind: 'assumedUntil'; fact: FactName; asOf: string }
  | { kind: 'moneyRounding' }
  | { kind: 'loanMonths'; months: number }
  | { kind: 'tableBenchmark'; band: string; percent: number; from: string }
  | { kind: 'statedBenchmark'; stated: number; band: string; percent: number; from: string }
  | { kind: 'loanRateNotBasis'; rate: number };

/** How the rounding of money is stated in every answer that computes a sum. */
export const moneyRounding = (): string => message('moneyRounding');
/** How durations are judged, said once so every answer can state it. */
export const dateRounding = (): string => message('dateRounding');

export function noteText(n: Note): string {
  switch (n.kind) {
    case 'dateRounding': return dateRounding();
    case 'moneyRounding': return moneyRounding();
    case 'assumedUntil': return say('assumedUntil', { label: FACTS[n.fact].label, asOf: n.asOf });
    case 'loanMonths': return say('loanMonths', { months: n.months });
    case 'tableBenchmark': return say('tableBenchmark', n);
    case 'statedBenchmark': return say('statedBenchmark', n);
    case 'loanRateNotBasis': return say('loanRateNotBasis', n);
  }
}

/** How a known value is said back to the asker: "您不是全日制", "您的学位是硕士". */
export function sayValue(fact: FactName, value: unknown): string {
  const info = FACTS[fact];
  if (info.kind === 'boolean') return (value ? info.yes : info.no) ?? say('factYesNo', { label: info.label, answer: message(value ? 'factYes' : 'factNo') });
  if (info.kind === 'enum') return say('factValue', { label: info.label, value: info.values?.[String(value)] ?? String(value), unit: '' });
  // Years in the catalogue's own words ("2年", "2 years"): a unit written in Chinese would stay Chinese in English.
  if (info.unit === '年') return say('factValue', { label: info.label, value: say('yearsWord', { years: String(value) }), unit: '' });
  return say('factValue', { label: info.label, value: String(value), unit: info.unit ?? '' });
}

/** What the asker's facts show, against what the condition requires. */
export function reasonText(r: FailReason, asOf: string): string {
  switch (r.kind) {
    case 'value': return sayValue(r.fact, r.value);
    case 'outsideYears': return say('outsideYears', { label: FACTS[r.fact].label, year: r.year, from: r.from, to: r.to });
    case 'endsBeforeStart':
      return say('endsBeforeStart', { untilLabel: untilLabel(r.untilFact, asOf), until: r.until, label: FACTS[r.fact].label, start: r.start });
    case 'tooLong': {
      const span = r.full > r.years ? say('spanFull', { years: r.full }) : say('spanOver', { years: r.years });
      return say('tooLong', { label: FACTS[r.fact].label, start: r.start, untilLabel: untilLabel(r.untilFact, asOf), until: r.until, span });
    }
    case 'eventBefore': return say('eventBefore', { label: FACTS[r.fact].label, value: r.value, year: r.year });
    case 'eventAfter': return say('eventAfter', { label: FACTS[r.fact].label, value: r.value, to: r.to });
    case 'eventEarly': return say('eventEarly', { label: FACTS[r.fact].label, value: r.value, from: r.from });
  }
}

/** What the period asks of an event, in the policy's terms: "贷款时间在本政策实施期（…）内". */
export function eventRequires(label: string, period: { from: string; to: string }): string {
  return say('eventRequires', { label, from: period.from, to: period.to });
}

/** "2019年内、2019-07-04之前发生的是否适用，文件未写明。" */
export function eventEarlyNote(year: string, from: string): string {
  return say('eventEarlyNote', { year, from });
}

function untilLabel(fact: FactName | null, asOf: string): string {
  return fact ? FACTS[fact].label : say('evaluationDate', { asOf });
}

/** "第19条要求省级；您的认定级别是国家级", with the clause as a reference each channel names. */
export function failedPieces(clause: string, requires: string, reason: FailReason, asOf: string): Inline[] {
  return sayInline('failedCondition', { clause: { clause }, requires, actual: reasonText(reason, asOf) });
}

/** The follow-up question for a missing fact, with why the fact as given does not settle it. */
export function eventQuestion(fact: FactName, precision: 'month' | 'day'): string {
  return say('eventExactDate', { label: FACTS[fact].label, precision: message(precision === 'day' ? 'precisionDay' : 'precisionMonth') });
}

export function questionText(fact: FactName, exactDateYears?: number): string {
  const question = FACTS[fact].question;
  return exactDateYears === undefined ? question : say('exactDateNeeded', { years: exactDateYears, question });
}

/** The computed benefit: "3.6万元/年，共3年，合计10.8万元", "500万元×4.35%×50%×1年=108,750元". */
export function computationText(c: Computation): string {
  switch (c.kind) {
    case 'fixed': return formatYuan(c.yuan);
    case 'capped': return say('amountCapped', { yuan: formatYuan(c.yuan) });
    case 'perYear':
      return c.years === undefined || c.total === undefined
        ? say('amountPerYear', { yuan: formatYuan(c.yuan) })
        : say('amountPerYearTotal', { yuan: formatYuan(c.yuan), years: c.years, total: formatYuan(c.total) });
    case 'share': {
      const of = FACTS[c.of].label;
      return c.atLeast
        ? say('shareAtLeast', { yuan: formatYuan(c.yuan), of, share: c.share })
        : say('shareComputed', { yuan: formatYuan(c.yuan), of, input: formatYuan(c.input), share: c.share });
    }
    case 'interest': {
      const formula = say('interestFormula', { principal: formatYuan(c.principal), rate: c.ratePercent, share: c.sharePercent, years: c.months / 12 });
      return c.capped
        ? say('interestOverCap', { formula, raw: formatYuan(c.raw), cap: formatYuan(c.capYuan) })
        : say('interestComputed', { formula, yuan: formatYuan(c.yuan) });
    }
    case 'inKind':
    case 'unstated':
      return benefitText(c.kind, c.benefit, c.years);
  }
}

function benefitText(kind: 'inKind' | 'unstated', benefit: string, years?: number): string {
  if (kind === 'unstated') return say('unstatedBenefit', { benefit });
  // The term is said only where the benefit's own words do not already say it.
  return years === undefined || benefit.includes(say('yearsWord', { years })) ? benefit : say('inKindTerm', { benefit, years });
}

/** The amount as the policy states it: "100万元", "3.6万元/年，共3年，合计10.8万元", "最高12万元". */
export function describeAmount(rule: Rule): string {
  const a = rule.amount;
  switch (a.kind) {
    case 'fixed': return formatYuan(a.yuan);
    case 'capped': return say('amountCapped', { yuan: formatYuan(a.yuan) });
    case 'perYear':
      return a.years === undefined
        ? say('amountPerYearUnstated', { yuan: formatYuan(a.yuan) })
        : say('amountPerYearTotal', { yuan: formatYuan(a.yuan), years: a.years, total: formatYuan(a.yuan * a.years) });
    case 'share': {
      const of = FACTS[a.of as FactName].label;
      return a.ratio
        ? say('shareRatio', { of, ratio: `${a.ratio[0]}:${a.ratio[1]}` })
        : say('sharePercent', { of, percent: a.percent!, bound: a.bound === 'atLeast' ? message('shareAtLeastWord') : '' });
    }
    case 'interest': return say('interestTerms', { share: a.sharePercent, cap: formatYuan(a.capYuan) });
    case 'inKind':
    case 'unstated':
      return benefitText(a.kind, a.benefit, a.kind === 'inKind' ? a.years : undefined);
  }
}

const BENEFICIARY: Readonly<Record<Rule['beneficiary'], MessageName>> = {
  person: 'beneficiaryPerson', enterprise: 'beneficiaryEnterprise', team: 'beneficiaryTeam', institution: 'beneficiaryInstitution',
};

/** 个人 / 企业 / 团队 / 机构 */
export function describeBeneficiary(rule: Rule): string {
  return message(BENEFICIARY[rule.beneficiary]);
}

/** The conditions, joined: "博士研究生；全日制；首次在盘创业；毕业5年内创业". */
export function describeConditions(rule: Rule): string {
  const assessed = rule.assessed.map((condition) => say('assessedCondition', { condition }));
  return [...rule.conditions.filter((c) => !isOpenPoint(c)).map((c) => c.requires), ...assessed].join(message('conditionJoin'));
}

/** A condition that only marks a point the text leaves open: no requirement of the policy, never listed as one. */
export function isOpenPoint(c: Rule['conditions'][number]): boolean {
  return c.test === 'unlessDenied' && c.unsettled !== undefined;
}

/** Where a figure of an interest computation came from, for the trace. */
export function rateSource(s: { stated?: number; table: string; id: string; from: string; band: string; percent: number }): string {
  return s.stated === undefined
    ? say('sourceTable', { table: s.table, id: s.id, from: s.from, band: s.band, percent: s.percent })
    : say('sourceStated', { stated: s.stated, id: s.id, percent: s.percent });
}

/** null inside the period; otherwise one sentence naming the lead units to ask. */
export function periodText(p: PeriodStatus, v: { asOf: string; from: string; to: string }, issued: string, lead: readonly string[]): string | null {
  if (p === 'inForce') return null;
  const ask = lead.length ? say('periodAskLead', { lead: lead.join(message('unitSeparator')) }) : message('periodAskDefault');
  if (p === 'notYet') return say('periodNotYet', { asOf: v.asOf, issued, from: v.from, to: v.to, ask });
  return say('periodEnded', { from: v.from, to: v.to, year: v.to.slice(0, 4), ask });
}
