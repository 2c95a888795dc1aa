/**
 * What a rule would give an asker whose figures are known but who has not yet said yes or no to
 * some of its conditions: "贷了500万，一年" without saying the loan was pledged on IP. The rule is
 * evaluated again with each such yes/no fact taken as the rule requires, so the sum is the
 * calculator's own, and the assumptions come back with it for the answer to state.
 */
import { knowledge } from '../knowledge/index.js';
import { FACTS, type FactName, type Profile } from './profile.js';
import { evaluate } from './evaluate.js';
import { eventRequires } from './period.js';
import { ruleBook, type RuleBook } from './rulebook.js';
import type { Outcome } from './types.js';

/** A yes/no condition taken as met, in the policy's words. */
export interface Assumption {
  fact: string;
  /** What the policy requires, in Chinese ("以知识产权质押方式向银行成功贷款"). */
  requires: string;
}

export interface ConditionalOutcome {
  /** The outcome were every assumption true: always eligible, with its computed amounts. */
  outcome: Outcome;
  assumed: Assumption[];
}

/**
 * For a rule whose amount is sized by the asker's figures (it has a `given` condition) and whose
 * outcome is undetermined only for yes/no facts: the outcome if those facts are as the rule
 * requires, and its event (when that alone is the open date) within the policy period. Undefined
 * otherwise: a rule without figures says no more than its general terms, and a missing figure,
 * level or other date cannot be assumed.
 */
export function conditionalOutcome(
  profile: Partial<Profile>, ruleId: string, asOf: string, book: RuleBook = ruleBook(),
): ConditionalOutcome | undefined {
  const rule = book.rule(ruleId);
  if (!rule || !rule.conditions.some((c) => c.test === 'given')) return undefined;
  const [now] = evaluate(profile as Profile, { asOf, rules: [ruleId] }, book);
  if (now?.status !== 'undetermined') return undefined;

  const assumedProfile: Record<string, unknown> = { ...profile };
  const assumed: Assumption[] = [];
  const period = knowledge().document.period;
  for (const m of now.missing) {
    // Asked after the period, the loan's (or the selection's) date is open too: the figures are
    // worked out as if it fell within the period, and the answer says that is assumed.
    if (m.fact === rule.event) {
      assumedProfile[m.fact] = period.to;
      assumed.push({ fact: m.fact, requires: eventRequires(FACTS[m.fact as FactName].label, period) });
      continue;
    }
    const c = rule.conditions.find((x) => x.fact === m.fact);
    if (c?.test !== 'is' || typeof c.value !== 'boolean') return undefined;
    assumedProfile[m.fact] = c.value;
    assumed.push({ fact: m.fact, requires: c.requires });
  }
  const [outcome] = evaluate(assumedProfile as Profile, { asOf, rules: [ruleId] }, book);
  return outcome?.status === 'eligible' ? { outcome, assumed } : undefined;
}
