/**
 * The interpreter: profile + rules → one Outcome per rule. It knows condition tests and amount
 * kinds, never a particular subsidy; everything specific lives in knowledge/rules/.
 */
import { knowledge } from '../knowledge/index.js';
import type { Rule } from '../knowledge/rulesSchema.js';
import { computeAmount } from './amounts.js';
import { computationText, noteText, type Note } from './words.js';
import { judge, type Context } from './conditions.js';
import { todayInChina } from './dates.js';
import { describeAmount } from './describe.js';
import type { Profile } from './profile.js';
import { ruleBook, type RuleBook } from './rulebook.js';
import type { EvaluateOptions, FailedCondition, MissingFact, Outcome, TraceStep } from './types.js';
import { judgeEvent } from './period.js';
import { periodNote, periodStatus, validityOn } from './validity.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Evaluates every rule (or `options.rules`) for a profile as of a date. Unknown rule ids and a
 * malformed asOf throw: they are programming errors, not user input.
 */
export function evaluate(profile: Profile, options: EvaluateOptions = {}, book: RuleBook = ruleBook()): Outcome[] {
  const asOf = options.asOf ?? todayInChina();
  if (!ISO_DATE.test(asOf)) throw new Error(`asOf must be YYYY-MM-DD, got "${asOf}"`);
  const rules = options.rules
    ? options.rules.map((id) => book.rule(id) ?? fail(`no rule "${id}"`))
    : book.rules;
  return rules.map((rule) => evaluateRule(rule, profile, asOf, book));
}

function removeFact(list: { fact: string }[], fact: string): void {
  for (let i = list.length - 1; i >= 0; i--) if (list[i]!.fact === fact) list.splice(i, 1);
}

function fail(message: string): never {
  throw new Error(message);
}

function evaluateRule(rule: Rule, profile: Profile, asOf: string, book: RuleBook): Outcome {
  const k = knowledge();
  const clause = k.clause(rule.clause)!;
  const ctx: Context = { asOf, period: k.document.period, clause };
  const validity = validityOn(k.document, asOf);

  const trace: TraceStep[] = [];
  const failed: FailedCondition[] = [];
  const missing: MissingFact[] = [];
  const notes: Note[] = [];
  for (const c of rule.conditions) {
    const j = judge(rule, c, profile, ctx);
    if (j.state === 'pass') {
      trace.push(j.step);
      notes.push(...j.notes);
    } else if (j.state === 'fail') failed.push(j.failed);
    else if (!missing.some((m) => m.fact === j.missing.fact)) missing.push(j.missing);
  }
  // The event's date against the period, after the rule's own conditions so their reasons come
  // first; it speaks for its fact alone (a 2018 recognition fails once, on the period).
  const event = judgeEvent(rule, profile, { asOf, period: k.document.period, clauseNumber: clause.number });
  if (event?.state === 'pass') trace.push(event.step);
  if (event?.state === 'fail') {
    const others = failed.filter((f) => f.fact !== event.failed.fact);
    failed.splice(0, failed.length, ...others, event.failed);
    removeFact(missing, event.failed.fact);
  }
  if (event?.state === 'missing') {
    removeFact(missing, event.missing.fact);
    missing.push(event.missing);
  }

  // A requirement failed outranks a point the text leaves open: the definite reason is said first.
  failed.sort((a, b) => Number(a.openPoint ?? false) - Number(b.openPoint ?? false));
  // A definite "no" outranks unknowns: the missing facts could not change it.
  const status = failed.length ? 'ineligible' : missing.length ? 'undetermined' : 'eligible';
  const computed = status === 'eligible' ? computeAmount(rule, profile, book.rateTable) : undefined;
  const a = rule.amount;
  return {
    rule: rule.id,
    clause: rule.clause,
    title: rule.title,
    beneficiary: rule.beneficiary,
    status,
    amounts: computed?.amounts ?? [],
    ...(computed ? { computation: computed.computation } : {}),
    amountText: computed ? computationText(computed.computation) : describeAmount(rule),
    ...(a.kind === 'inKind' || a.kind === 'unstated' ? { benefit: a.benefit } : {}),
    failed: status === 'ineligible' ? failed : [],
    missing: status === 'undetermined' ? missing : [],
    trace: computed ? [...trace, ...computed.trace] : trace,
    assessed: [...rule.assessed],
    openQuestions: [...rule.openQuestions],
    notes: [...new Set([...[...notes, ...(computed?.notes ?? [])].map(noteText), ...rule.remarks])],
    quote: rule.quote,
    lead: [...rule.lead],
    validity,
    period: periodStatus(validity),
    periodNote: periodNote(k.document, validity, rule.lead),
  };
}

/** The distinct facts still needed across outcomes, in rule order: the follow-up questions. */
export function missingFacts(outcomes: readonly Outcome[]): MissingFact[] {
  const seen = new Map<string, MissingFact>();
  for (const o of outcomes) for (const m of o.missing) if (!seen.has(m.fact)) seen.set(m.fact, m);
  return [...seen.values()];
}
