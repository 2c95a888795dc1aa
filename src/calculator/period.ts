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
import type { FailReason } from './types.js';
import { lineText } from '../answer/parts.js';
import { refName } from '../answer/format.js';
import { message } from '../answer/messages.js';
import { eventEarlyNote, eventQuestion, eventRequires, failedPieces } from './words.js';

export interface PeriodContext {
  asOf: string;
  period: { from: string; to: string; quote: string };
  /** The clause number said in a failure ("第17条"). */
  clauseNumber: string | null;
}

/** Where the period is written: the title, quoted in the covering notice. */
const PERIOD_CLAUSE = 'notice';

/** What the period asks of an event, in the policy's terms (worded in words.ts). */
export { eventRequires } from './words.js';

/** The rule's event against the period; null when the rule names no event. */
export function judgeEvent(rule: Rule, profile: Profile, ctx: PeriodContext): Judgement | null {
  if (!rule.event) return null;
  const fact = rule.event as FactName;
  const info = FACTS[fact];
  const value = profile[fact] as string | undefined;
  const { from, to, quote } = ctx.period;
  const firstYear = from.slice(0, 4);
  // Verdicts are module functions, worded only on failure: judgeEvent runs for every rule weighed,
  // and tsx (esbuild keepNames) renames each named closure as it is made.

  if (value === undefined) {
    if (ctx.asOf <= to) return periodPass({ [fact]: message('notProvided'), asOf: ctx.asOf, period: `${from}—${to}` }, quote);
    return { state: 'missing', missing: { fact, question: info.question, reason: { kind: 'unknown' } } };
  }
  const { first, last } = dateRange(value);
  if (last < `${firstYear}-01-01`) return periodFail(rule, ctx, fact, { kind: 'eventBefore', fact, value, year: firstYear });
  if (first > to) return periodFail(rule, ctx, fact, { kind: 'eventAfter', fact, value, to });
  if (first >= from && last <= to) return periodPass({ [fact]: value, period: `${from}—${to}` }, quote);
  if (last < from) return periodFail(rule, ctx, fact, { kind: 'eventEarly', fact, value, from }, eventEarlyNote(firstYear, from));
  // A year or month that straddles a boundary ("2019年", "2021年"…"2022") decides nothing yet.
  // Asking for the month again after a month was given would loop: a month asks for the day.
  const precision = value.length > 4 ? 'day' : 'month';
  return { state: 'missing', missing: { fact, question: eventQuestion(fact, precision), reason: { kind: 'eventExactDate', precision } } };
}

function periodPass(inputs: Record<string, string>, quote: string): Judgement {
  return { state: 'pass', notes: [], step: { op: 'period', inputs, value: true, clause: PERIOD_CLAUSE, quote } };
}

function periodFail(rule: Rule, ctx: PeriodContext, fact: FactName, reason: FailReason, unsettled?: string): Judgement {
  const requires = eventRequires(FACTS[fact].label, ctx.period);
  return {
    state: 'fail',
    failed: {
      fact, requires, reason,
      message: lineText({ kind: 'text', text: failedPieces(rule.clause, requires, reason, ctx.asOf) }, refName),
      ...(unsettled ? { unsettled } : {}),
    },
  };
}
