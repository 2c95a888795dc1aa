/**
 * The policy period, one rule for everyone (issue 10, §6): the event a claim rests on dates it —
 * the business start, the home purchase, the recognition, the loan, the introduction — not the day
 * the question is asked. Each rule names its event's date fact in `event`.
 *
 * - before the first year of the title's period (2019): outside this policy;
 * - from then until the day before the issue date (2019-01-01 … 2019-07-03): the text does not
 *   settle whether it counts, so it is not counted and the answer says so;
 * - within the period: counts;
 * - after the period's last day: outside this policy, for people and companies alike.
 *
 * An unknown event date asked about inside the period is taken to be then (the answers of the
 * period stay as they were); asked after the period it is the question to ask, since the policy
 * may or may not have covered it.
 */
import type { Rule } from '../knowledge/rulesSchema.js';
import type { Judgement } from './conditions.js';
import { dateRange } from './dates.js';
import { FACTS, type FactName, type Profile } from './profile.js';

export interface PeriodContext {
  asOf: string;
  period: { from: string; to: string; quote: string };
  /** The clause number said in a failure ("第17条"). */
  clauseNumber: string | null;
}

/** Where the period is written: the title, quoted in the covering notice. */
const PERIOD_CLAUSE = 'notice';

// Wording of this file's verdicts, kept together until the message catalogue takes them.
const SAY = {
  requires: (label: string, from: string, to: string) => `${label}在本政策实施期（${from}至${to}）内`,
  before: (label: string, value: string, year: string) => `您的${label}是${value}，在${year}年之前，不在本政策范围内`,
  after: (label: string, value: string, to: string) => `您的${label}是${value}，在本政策实施期结束（${to}）之后，不适用本政策`,
  early: (label: string, value: string, from: string) => `您的${label}是${value}，在本政策印发施行（${from}）之前`,
  earlyNote: (year: string, from: string) => `${year}年内、${from}之前发生的是否适用，文件未写明。`,
  exact: (label: string, precision: string) => `需要具体日期才能判断是否在本政策实施期内：${label}是${precision}？`,
};

/** What the period asks of an event, in the policy's terms: "贷款时间在本政策实施期（…）内". */
export function eventRequires(label: string, period: { from: string; to: string }): string {
  return SAY.requires(label, period.from, period.to);
}

/** The rule's event against the period; null when the rule names no event. */
export function judgeEvent(rule: Rule, profile: Profile, ctx: PeriodContext): Judgement | null {
  if (!rule.event) return null;
  const fact = rule.event as FactName;
  const info = FACTS[fact];
  const value = profile[fact] as string | undefined;
  const { from, to, quote } = ctx.period;
  const firstYear = from.slice(0, 4);
  const requires = eventRequires(info.label, ctx.period);
  const pass = (inputs: Record<string, string>): Judgement => ({
    state: 'pass', notes: [],
    step: { op: 'period', inputs, value: true, clause: PERIOD_CLAUSE, quote },
  });
  const fail = (message: string, unsettled?: string): Judgement => ({
    state: 'fail',
    failed: {
      fact, requires,
      message: `第${ctx.clauseNumber ?? ''}条要求${requires}；${message}`,
      ...(unsettled ? { unsettled } : {}),
    },
  });

  if (value === undefined) {
    if (ctx.asOf <= to) return pass({ [fact]: '未说明', asOf: ctx.asOf, period: `${from}—${to}` });
    return { state: 'missing', missing: { fact, question: info.question } };
  }
  const { first, last } = dateRange(value);
  if (last < `${firstYear}-01-01`) return fail(SAY.before(info.label, value, firstYear));
  if (first > to) return fail(SAY.after(info.label, value, to));
  if (first >= from && last <= to) return pass({ [fact]: value, period: `${from}—${to}` });
  if (last < from) return fail(SAY.early(info.label, value, from), SAY.earlyNote(firstYear, from));
  // A year or month that straddles a boundary ("2019年", "2021年"…"2022") decides nothing yet.
  // Asking for the month again after a month was given would loop: a month asks for the day.
  const precision = value.length > 4 ? '哪年哪月哪日' : '哪年哪月';
  return { state: 'missing', missing: { fact, question: SAY.exact(info.label, precision) } };
}
