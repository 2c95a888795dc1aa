/**
 * The entitlement calculator: the API the conversation layer and the CLI use.
 *
 *   evaluate(profile, { asOf?, rules? }) → Outcome[]   one per rule: eligible | ineligible | undetermined
 *   missingFacts(outcomes)                → the follow-up questions, deduplicated
 *   conditionalOutcome(profile, id, asOf) → an undetermined rule's sum were its yes/no facts met
 *   listRules() / rule(id) / rulesForClause('item-17')
 *   describeAmount(rule), describeConditions(rule), nominalAmounts(rule)   for general questions
 *   ProfileSchema / parseProfile / FACTS   the facts and their Chinese questions
 *   findQuantities / parseChineseNumber / parseChineseAmount / formatYuan   Chinese numbers
 *
 * Facts are optional: leave unknown ones out (never false). For "打算在本市创业" (not started yet)
 * set businessStartDate to the asOf date.
 */
import type { Rule } from '../knowledge/rulesSchema.js';
import { ruleBook } from './rulebook.js';

export { evaluate, missingFacts } from './evaluate.js';
export { conditionalOutcome, type Assumption, type ConditionalOutcome } from './conditional.js';
export { describeAmount, describeBeneficiary, describeConditions, nominalAmounts } from './describe.js';
export { ProfileSchema, PartialDateSchema, parseProfile, FACTS, FACT_NAMES, questionFor } from './profile.js';
export type { Profile, FactName, FactInfo } from './profile.js';
export { findQuantities, parseChineseNumber, parseChineseAmount, formatYuan } from './numbers.js';
export type { Quantity, QuantityUnit } from './numbers.js';
export { DATE_ROUNDING, todayInChina } from './dates.js';
export { MONEY_ROUNDING, benchmarkFor } from './amounts.js';
export { validityOn, periodNote, periodStatus } from './validity.js';
export type {
  Outcome, TraceStep, MissingFact, MissingReason, FailedCondition, FailReason, Computation, PeriodStatus, Status, EvaluateOptions,
} from './types.js';
export { failedPieces, isOpenPoint, reasonText, sayValue } from './words.js';
export type { Rule } from '../knowledge/rulesSchema.js';

/** Every rule, in clause order. Loading checks them against the policy (throws KnowledgeError). */
export function listRules(): readonly Rule[] {
  return ruleBook().rules;
}

/** One rule by id. */
export function rule(id: string): Rule | undefined {
  return ruleBook().rule(id);
}

/** The rules of one clause ('item-17'), in file order. */
export function rulesForClause(clauseId: string): Rule[] {
  return ruleBook().rules.filter((r) => r.clause === clauseId);
}
