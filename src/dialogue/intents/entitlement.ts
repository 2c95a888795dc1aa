/**
 * Entitlement questions: what do I get, how much, am I eligible. The calculator decides; this
 * file chooses which outcomes to say, in what order, what goes into `amounts`, and which
 * follow-up questions to ask.
 *
 * `amounts` follows the contract: money the asker is entitled to (eligible outcomes); when no
 * outcome is eligible and the user named a benefit, that benefit's amount in general, or, where
 * the asker's figures are known and only yes/no facts are open, what those figures give were the
 * facts yes (the text says so), marked `conditional`; never a benefit the asker's facts rule out.
 */
import type { Amount, Validity } from '../../answer/types.js';
import { joinUnits } from '../../answer/format.js';
import { message, say } from '../../answer/messages.js';
import { line, type Line } from '../../answer/parts.js';
import type { Draft } from '../reply.js';
import {
  conditionalOutcome, evaluate, nominalAmounts, questionFor, rule as ruleById,
  type ConditionalOutcome, type MissingFact, type Outcome, type Profile,
} from '../../calculator/index.js';
import { describeOutcome } from './describeOutcome.js';
import { followUpFacts } from './questionOrder.js';

/**
 * Follow-up questions asked at once. One: in a chat a bare "是" can only answer one question, so
 * the bot asks the most decisive and keeps the rest open (`pending`), where any answer is taken.
 */
export const MAX_FOLLOW_UPS = 1;
/** At most this many benefits described in one answer. */
const MAX_DESCRIBED = 4;

export interface EntitlementReply extends Draft {
  citations: string[];
  amounts: Amount[];
  /** The question asked (MAX_FOLLOW_UPS): the contract's followUp. */
  followUp: string[];
  /** The rules the answer speaks of, for the session's topic. */
  rules: string[];
  /**
   * Every fact still open, the one asked first, most decisive first: an answer to any of them is
   * read as an answer (a date fills the first open date), a bare "是" only the one asked.
   */
  pending: string[];
  /** Whether any benefit is granted or still possible (false: everything said is ruled out). */
  anyOpen: boolean;
}

/**
 * `benefits`: the rules to weigh ([] for all). `named`: those the user asked about by name; only
 * these are listed "in general" when the asker's facts do not settle them.
 */
export function answerEntitlement(
  profile: Partial<Profile>, benefits: readonly string[], named: readonly string[], validity: Validity, unsettled: readonly string[] = [],
  doubted: readonly string[] = [],
): EntitlementReply {
  // Conditions the asker talked about without settling them ("户口的事还在办"), and still unknown.
  const talkedOf = unsettled.filter((f) => profile[f as keyof Profile] === undefined);
  const outcomes = evaluate(profile, { asOf: validity.asOf, rules: benefits.length ? benefits : undefined })
    .map((o) => (o.status === 'eligible' ? hangOnTalkedOf(o, talkedOf) : o));
  const relevance = (o: Outcome) => knownConditions(o.rule, profile);
  const order = byMoneyThenCatalogue(named.length ? named : benefits);
  const isNamed = (o: Outcome) => named.includes(o.rule);

  const eligible = outcomes.filter((o) => o.status === 'eligible');
  const open = outcomes.filter((o) => o.status === 'undetermined');
  const ruledOut = outcomes.filter((o) => o.status === 'ineligible');

  // Among open outcomes, those the asker's facts already speak to come first; when some do, the
  // rest are other people's benefits (a PhD asking about 薪酬补贴 is not a 国家级领军人才). A broad
  // question ("有哪些补贴") with nothing known that bears on a rule names no candidate.
  const best = Math.max(0, ...open.map(relevance));
  // Named benefits compete only within their clause: "高企和国家级孵化器" names two clauses, and the
  // level said for the incubator must not push the 高企 reward aside.
  const bestNamed = new Map<string, number>();
  for (const o of open.filter(isNamed)) bestNamed.set(o.clause, Math.max(bestNamed.get(o.clause) ?? 0, relevance(o)));
  const likely = open
    .filter((o) => (isNamed(o) ? relevance(o) === bestNamed.get(o.clause) : best > 0 && relevance(o) === best))
    .sort((a, b) => Number(isNamed(b)) - Number(isNamed(a)) || order(a, b));

  // Money the asker says was had already (received last year, "can I apply again"): whether it is paid again the text
  // does not say (a one-off reward is not), so not even a benefit the facts grant lists its amount.
  const amounts: Amount[] = doubted.includes('*') ? [] : eligible.flatMap((o) => o.amounts);
  const ifYes = new Map<string, ConditionalOutcome>();
  for (const o of likely.filter(isNamed)) {
    // The asker's own figures, computed as if the open yes/no facts were yes, say more than the
    // general maximum; the text states the proviso and the questions still ask them. Beside a
    // benefit already granted, amounts keep to what is granted and the sum is only said.
    const conditional = conditionalOutcome(profile, o.rule, validity.asOf);
    if (conditional) ifYes.set(o.rule, conditional);
    const rule = ruleById(o.rule);
    // What hangs on the open questions is marked so (contract: `conditional`); a benefit's own
    // amount, asked about with nothing of the asker's that bears on it, is the general answer.
    const hangs = Boolean(conditional) || relevance(o) > 0;
    const listed = conditional?.outcome.amounts ?? (rule ? nominalAmounts(rule) : []);
    // A fact the asker may have denied ("还没毕业", "户口没迁") and no reader settled, or money said to
    // be had already: the benefit may be ruled out, so no amount is listed until it is answered.
    const doubtful = doubted.includes('*') || o.missing.some((m) => doubted.includes(m.fact) && profile[m.fact] === undefined);
    if (!eligible.length && !doubtful) amounts.push(...listed.map((a) => (hangs ? { ...a, conditional: true as const } : a)));
  }

  // Ruled-out benefits are said only when the asker named them or the facts were about them.
  // In a broad question ("有没有针对硕士的补贴") one known fact that rules a benefit out is worth saying.
  const floor = benefits.length ? 2 : 1;
  const saidOut = ruledOut.filter((o) => isNamed(o) || relevance(o) >= floor).sort(order);
  const described = [...eligible, ...likely, ...saidOut].slice(0, MAX_DESCRIBED);
  const lines: Line[] = described.map((o) => describeOutcome(o, ruleById(o.rule), ifYes.get(o.rule), validity.inForce));
  const anyOpen = eligible.length + likely.length > 0;
  if (!anyOpen && described.length) {
    // Points the text leaves open (复审, 注册在外地) are no "不符合条件": said as such when they are all there is.
    const allOpen = described.every((o) => o.failed[0]?.unsettled !== undefined);
    lines.unshift(line('text', message(allOpen ? 'allUnsettled' : 'allRuledOut')));
    if (!benefits.length) lines.push(line('text', message('otherBenefitsHint')));
  }

  // A condition the asker talked about is asked first: one question at a time never skips it.
  const missing = followUpFacts(likely)
    .sort((a, b) => Number(talkedOf.includes(b.fact) || doubted.includes(b.fact)) - Number(talkedOf.includes(a.fact) || doubted.includes(a.fact)));
  const asked = missing.slice(0, MAX_FOLLOW_UPS).map((m) => m.question);
  if (asked.length) lines.push(line('text', say('questionsBelow', { question: asked.join('') })));

  const notes = [...new Set([...eligible, ...likely].flatMap((o) => o.openQuestions))];
  // One open point is enough to send the reader to the lead unit; more would bury the answer.
  if (notes.length) lines.push(line('openPoint', say('openPointAttention', { point: notes[0]! })));
  const leads = [...new Set(described.flatMap((o) => o.lead))];
  if (leads.length) lines.push(line('units', say('leadUnitsSentence', { lead: joinUnits(leads) })));

  return {
    lines,
    validity: { lead: leads },
    citations: [...new Set(described.map((o) => o.clause))],
    amounts: dedupeAmounts(amounts),
    followUp: asked,
    rules: described.map((o) => o.rule),
    pending: missing.map((m) => m.fact),
    anyOpen,
  };
}

/**
 * A benefit granted on facts that leave a condition the asker talked about unsaid (a condition the
 * text states of every beneficiary, never asked otherwise: "公司注册地比较特殊" beside 高企): not
 * granted yet but open, its money conditional, the condition asked.
 */
function hangOnTalkedOf(o: Outcome, talkedOf: readonly string[]): Outcome {
  const rule = ruleById(o.rule);
  const hanging = (rule?.conditions ?? []).filter((c) => c.test === 'unlessDenied' && talkedOf.includes(c.fact));
  if (!hanging.length) return o;
  return {
    ...o, status: 'undetermined', amounts: [], failed: [],
    missing: hanging.map((c) => ({ fact: c.fact as MissingFact['fact'], question: questionFor(c.fact as MissingFact['fact']) })),
  };
}

/** How many of a rule's conditions the profile already answers. */
function knownConditions(ruleId: string, profile: Partial<Profile>): number {
  const rule = ruleById(ruleId);
  if (!rule) return 0;
  return rule.conditions.filter((c) => profile[c.fact as keyof Profile] !== undefined).length;
}

/** Money before services (someone asking 有哪些补贴 wants the 万元 first), then the catalogue order. */
function byMoneyThenCatalogue(order: readonly string[]) {
  const inKind = (o: Outcome) => {
    const kind = ruleById(o.rule)?.amount.kind;
    return kind === 'inKind' || kind === 'unstated' ? 1 : 0;
  };
  const at = (o: Outcome) => (order.includes(o.rule) ? order.indexOf(o.rule) : Number.MAX_SAFE_INTEGER);
  return (a: Outcome, b: Outcome) => inKind(a) - inKind(b) || at(a) - at(b);
}

function dedupeAmounts(amounts: Amount[]): Amount[] {
  const seen = new Set<string>();
  return amounts.filter((a) => {
    const key = `${a.entitlement}|${a.yuan}|${a.per}|${a.years ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
