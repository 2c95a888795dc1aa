/**
 * Judges one declarative condition of a rule against a profile: pass, fail (with a plain-Chinese
 * reason citing the clause) or missing (with the question to ask). An absent fact is never a "no".
 */
import type { Clause } from '../knowledge/index.js';
import type { Condition, Rule } from '../knowledge/rulesSchema.js';
import { DATE_ROUNDING, dateRange, wholeYears, withinYearsAfter, yearOf } from './dates.js';
import { FACTS, type FactName, type Profile } from './profile.js';
import type { FailedCondition, MissingFact, TraceStep } from './types.js';

export interface Context {
  asOf: string;
  /** The policy period (knowledge().document.period). */
  period: { from: string; to: string };
  clause: Clause;
}

export type Judgement =
  | { state: 'pass'; step: TraceStep; notes: string[] }
  | { state: 'fail'; failed: FailedCondition }
  | { state: 'missing'; missing: MissingFact };

/** How a known value is said back to the asker: "您不是全日制", "您的学位是硕士". */
export function sayValue(fact: FactName, value: unknown): string {
  const info = FACTS[fact];
  if (info.kind === 'boolean') return (value ? info.yes : info.no) ?? `${info.label}：${value ? '是' : '否'}`;
  if (info.kind === 'enum') return `您的${info.label}是${info.values?.[String(value)] ?? String(value)}`;
  return `您的${info.label}是${String(value)}${info.unit ?? ''}`;
}

export function judge(rule: Rule, c: Condition, profile: Profile, ctx: Context): Judgement {
  const fact = c.fact as FactName;
  const value = profile[fact];
  const missing = (question = FACTS[fact].question, which: FactName = fact): Judgement =>
    ({ state: 'missing', missing: { fact: which, question } });
  const fail = (actual: string, which: FactName = fact): Judgement => ({
    state: 'fail',
    failed: { fact: which, requires: c.requires, message: `第${ctx.clause.number}条要求${c.requires}；${actual}` },
  });
  const quote = c.quote ?? rule.quote;
  const pass = (inputs: TraceStep['inputs'], notes: string[] = []): Judgement => ({
    state: 'pass', notes,
    step: { op: 'condition', inputs, value: true, clause: rule.clause, quote },
  });
  // Stated of every beneficiary by the text itself: only the asker's "no" fails, and nothing is asked.
  if (c.test === 'unlessDenied') {
    return value === false ? fail(sayValue(fact, false)) : pass({ [fact]: value === true ? true : '未说明' });
  }
  if (value === undefined) {
    // The asker denied what the date would show ("不是新列入的"): a stated "no" is a "no", not a question.
    const denier = c.test === 'inPolicyYears' ? c.deniedBy as FactName | undefined : undefined;
    if (denier && profile[denier] === false) return fail(sayValue(denier, false), denier);
    return missing();
  }

  switch (c.test) {
    case 'is':
      return value === c.value ? pass({ [fact]: value as string | boolean }) : fail(sayValue(fact, value));
    case 'oneOf': {
      if (c.values.includes(String(value))) return pass({ [fact]: String(value) });
      const failed = fail(sayValue(fact, value));
      if (failed.state === 'fail' && c.unsettled?.values.includes(String(value))) failed.failed.unsettled = c.unsettled.note;
      return failed;
    }
    case 'atLeast':
      return (value as number) >= c.value ? pass({ [fact]: value as number, atLeast: c.value }) : fail(sayValue(fact, value));
    case 'given':
      return pass({ [fact]: value as number });
    case 'inPolicyYears': {
      const year = yearOf(value as string);
      const [from, to] = [yearOf(ctx.period.from), yearOf(ctx.period.to)];
      return year >= from && year <= to
        ? pass({ [fact]: value as string, policyYears: `${from}—${to}` })
        : fail(`${FACTS[fact].label}是${year}年，不在${from}—${to}年内`);
    }
    case 'withinYears':
      return judgeWithin(c, fact, value as string, profile, ctx, { pass, fail, missing });
  }
}

type Verdicts = {
  pass: (inputs: TraceStep['inputs'], notes?: string[]) => Judgement;
  fail: (actual: string) => Judgement;
  missing: (question?: string, which?: FactName) => Judgement;
};

/** "毕业5年内": from the fact's date to the `until` date, which defaults to the evaluation date. */
function judgeWithin(
  c: Extract<Condition, { test: 'withinYears' }>, fact: FactName, start: string, profile: Profile, ctx: Context, v: Verdicts,
): Judgement {
  const untilFact = c.until as FactName;
  const given = profile[untilFact] as string | undefined;
  const until = given ?? ctx.asOf;
  const settled = withinYearsAfter(start, until, c.years);
  const untilLabel = given ? FACTS[untilFact].label : `评估日期${ctx.asOf}`;
  const inputs = { [fact]: start, [given ? untilFact : 'asOf']: until, years: c.years };
  if (settled === 'yes') {
    const notes = [DATE_ROUNDING];
    if (!given) notes.unshift(`未提供${FACTS[untilFact].label}，按评估日期${ctx.asOf}计算；如果更早开始，请告知具体时间。`);
    return v.pass(inputs, notes);
  }
  // Without the `until` date a "no" might be a later evaluation date's fault: ask instead.
  if (!given) return v.missing(FACTS[untilFact].question, untilFact);
  if (settled === 'unsettled') {
    const partial = start.length < 10 ? fact : untilFact;
    return v.missing(`需要具体日期才能判断是否在${c.years}年内：${FACTS[partial].question}`, partial);
  }
  const s = dateRange(start);
  const u = dateRange(until);
  if (u.last < s.first) return v.fail(`您的${untilLabel}（${until}）早于${FACTS[fact].label}（${start}）`);
  const full = wholeYears(s.last, u.first);
  const span = full > c.years ? `已满${full}年` : `已超过${c.years}年`;
  return v.fail(`您从${FACTS[fact].label}（${start}）到${untilLabel}（${until}）${span}（按整日期计）`);
}
