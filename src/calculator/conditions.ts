/**
 * Judges one declarative condition of a rule against a profile: pass, fail (with a plain-Chinese
 * reason citing the clause) or missing (with the question to ask). An absent fact is never a "no".
 */
import type { Clause } from '../knowledge/index.js';
import type { Condition, Rule } from '../knowledge/rulesSchema.js';
import { dateRange, wholeYears, withinYearsAfter, yearOf } from './dates.js';
import { type FactName, type Profile } from './profile.js';
import type { FailReason, FailedCondition, MissingFact, TraceStep } from './types.js';
import { message } from '../answer/messages.js';
import { lineText } from '../answer/parts.js';
import { refName } from '../answer/format.js';
import { failedPieces, questionText, sayValue, type Note } from './words.js';

export { sayValue } from './words.js';

export interface Context {
  asOf: string;
  /** The policy period (knowledge().document.period). */
  period: { from: string; to: string };
  clause: Clause;
}

export type Judgement =
  | { state: 'pass'; step: TraceStep; notes: Note[] }
  | { state: 'fail'; failed: FailedCondition }
  | { state: 'missing'; missing: MissingFact };

export function judge(rule: Rule, c: Condition, profile: Profile, ctx: Context): Judgement {
  const fact = c.fact as FactName;
  const value = profile[fact];
  // Verdicts are module functions, not closures made per call: judge() runs for every condition of
  // every rule on every entitlement turn, and tsx (esbuild keepNames) names each new closure.
  const fail = failVerdict;
  const pass = passVerdict;
  // Stated of every beneficiary by the text itself: only the asker's "no" fails, and nothing is asked.
  if (c.test === 'unlessDenied') {
    if (value !== false) return pass(rule, c, { [fact]: value === true ? true : message('notProvided') });
    const failed = fail(c, ctx, { kind: 'value', fact, value: false });
    if (failed.state === 'fail' && c.unsettled) Object.assign(failed.failed, { unsettled: c.unsettled, openPoint: true });
    return failed;
  }
  if (value === undefined) {
    // The asker denied what the date would show ("不是新列入的"): a stated "no" is a "no", not a question.
    const denier = c.test === 'inPolicyYears' ? c.deniedBy as FactName | undefined : undefined;
    if (denier && profile[denier] === false) return fail(c, ctx, { kind: 'value', fact: denier, value: false });
    return missingVerdict(fact);
  }

  switch (c.test) {
    case 'is':
      return value === c.value ? pass(rule, c, { [fact]: value as string | boolean }) : fail(c, ctx, { kind: 'value', fact, value: value as string | boolean });
    case 'oneOf': {
      if (c.values.includes(String(value))) return pass(rule, c, { [fact]: String(value) });
      const failed = fail(c, ctx, { kind: 'value', fact, value: String(value) });
      if (failed.state === 'fail' && c.unsettled?.values.includes(String(value))) failed.failed.unsettled = c.unsettled.note;
      return failed;
    }
    case 'atLeast':
      return (value as number) >= c.value ? pass(rule, c, { [fact]: value as number, atLeast: c.value }) : fail(c, ctx, { kind: 'value', fact, value: value as number });
    case 'given':
      return pass(rule, c, { [fact]: value as number });
    case 'inPolicyYears': {
      const year = yearOf(value as string);
      const [from, to] = [yearOf(ctx.period.from), yearOf(ctx.period.to)];
      return year >= from && year <= to
        ? pass(rule, c, { [fact]: value as string, policyYears: `${from}—${to}` })
        : fail(c, ctx, { kind: 'outsideYears', fact, year, from, to });
    }
    case 'withinYears':
      return judgeWithin(rule, c, fact, value as string, profile, ctx);
  }
}

function missingVerdict(which: FactName, exactDateYears?: number): Judgement {
  return { state: 'missing', missing: { fact: which, question: questionText(which, exactDateYears), reason: exactDateYears === undefined ? { kind: 'unknown' } : { kind: 'exactDate', years: exactDateYears } } };
}

function failVerdict(c: Condition, ctx: Context, reason: FailReason): Judgement {
  return {
    state: 'fail',
    failed: {
      fact: reason.fact, requires: c.requires, reason,
      message: lineText({ kind: 'text', text: failedPieces(ctx.clause.id, c.requires, reason, ctx.asOf) }, refName),
    },
  };
}

function passVerdict(rule: Rule, c: Condition, inputs: TraceStep['inputs'], notes: Note[] = []): Judgement {
  return { state: 'pass', notes, step: { op: 'condition', inputs, value: true, clause: rule.clause, quote: c.quote ?? rule.quote } };
}

/** "毕业5年内": from the fact's date to the `until` date, which defaults to the evaluation date. */
function judgeWithin(
  rule: Rule, c: Extract<Condition, { test: 'withinYears' }>, fact: FactName, start: string, profile: Profile, ctx: Context,
): Judgement {
  const untilFact = c.until as FactName;
  const given = profile[untilFact] as string | undefined;
  const until = given ?? ctx.asOf;
  const settled = withinYearsAfter(start, until, c.years);
  const inputs = { [fact]: start, [given ? untilFact : 'asOf']: until, years: c.years };
  if (settled === 'yes') {
    const notes: Note[] = [{ kind: 'dateRounding' }];
    if (!given) notes.unshift({ kind: 'assumedUntil', fact: untilFact, asOf: ctx.asOf });
    return passVerdict(rule, c, inputs, notes);
  }
  // Without the `until` date a "no" might be a later evaluation date's fault: ask instead.
  if (!given) return missingVerdict(untilFact);
  if (settled === 'unsettled') return missingVerdict(start.length < 10 ? fact : untilFact, c.years);
  const s = dateRange(start);
  const u = dateRange(until);
  const dates = { fact, start, untilFact: given ? untilFact : null, until };
  if (u.last < s.first) return failVerdict(c, ctx, { kind: 'endsBeforeStart', ...dates });
  return failVerdict(c, ctx, { kind: 'tooLong', ...dates, years: c.years, full: wholeYears(s.last, u.first) });
}
