/**
 * Entitlement questions: what do I get, how much, am I eligible. The calculator decides; this
 * file chooses which outcomes to say, in what order, what goes into `amounts`, and which
 * follow-up questions to ask.
 *
 * `amounts` follows the contract: money the asker is entitled to (eligible outcomes); when no
 * outcome is eligible and the user named a benefit, that benefit's amount in general; never a
 * benefit the asker's facts rule out.
 */
import type { Amount, Validity } from '../../answer/types.js';
import { clauseName, joinUnits, validityNote } from '../../answer/format.js';
import { evaluate, nominalAmounts, rule as ruleById, type Outcome, type Profile } from '../../calculator/index.js';

/** At most this many follow-up questions at once: enough to progress, few enough to answer. */
export const MAX_FOLLOW_UPS = 3;
/** At most this many benefits described in one answer. */
const MAX_DESCRIBED = 4;

export interface EntitlementReply {
  answer: string;
  citations: string[];
  amounts: Amount[];
  followUp: string[];
  /** The rules the answer speaks of, for the session's topic. */
  rules: string[];
  /** The facts the follow-up questions ask for, in the same order. */
  pending: string[];
}

export function answerEntitlement(profile: Partial<Profile>, benefits: readonly string[], specific: boolean, validity: Validity): EntitlementReply {
  const outcomes = evaluate(profile, { asOf: validity.asOf, rules: benefits.length ? benefits : undefined });
  const relevance = (o: Outcome) => knownConditions(o.rule, profile);

  const eligible = outcomes.filter((o) => o.status === 'eligible');
  const open = outcomes.filter((o) => o.status === 'undetermined');
  const ruledOut = outcomes.filter((o) => o.status === 'ineligible');

  // Among open outcomes, those the asker's facts already speak to come first; when some do, the
  // rest are other people's benefits (a PhD asking about 薪酬补贴 is not a 国家级领军人才).
  const best = Math.max(0, ...open.map(relevance));
  // A broad question ("有哪些补贴") with nothing known that bears on a rule names no candidate.
  const likely = specific || best > 0 ? open.filter((o) => relevance(o) === best).sort(byCatalogue(benefits)) : [];

  const amounts: Amount[] = [];
  for (const o of eligible) amounts.push(...o.amounts);
  if (!eligible.length && specific) {
    for (const o of likely) {
      const rule = ruleById(o.rule);
      if (!rule) continue;
      const nominal = nominalAmounts(rule);
      amounts.push(...(nominal.length ? nominal : amountsIfYes(o, profile, validity.asOf)));
    }
  }

  // Ruled-out benefits are said only when the asker named them or the facts were about them.
  const saidOut = specific ? ruledOut : ruledOut.filter((o) => relevance(o) >= 2);
  const described = [...eligible, ...likely, ...saidOut.sort(byCatalogue(benefits))].slice(0, MAX_DESCRIBED);
  const lines: string[] = [];
  for (const o of described) lines.push(describe(o, ruleById(o.rule)?.conditions.map((c) => c.requires) ?? []));
  if (!described.length) lines.push('这个问题在本政策中没有对应的补贴或奖励。');

  const notes = new Set<string>();
  for (const o of [...eligible, ...likely]) for (const q of o.openQuestions) notes.add(q);
  if (notes.size) lines.push(`注意：${[...notes].slice(0, 2).join('')}请以牵头单位解释为准。`);

  const leads = [...new Set(described.flatMap((o) => o.lead))];
  if (leads.length) lines.push(`牵头单位：${joinUnits(leads)}。`);
  lines.push(validityNote(validity, leads));

  const missing = [...new Map(likely.flatMap((o) => o.missing).map((m) => [m.fact, m] as const)).values()].slice(0, MAX_FOLLOW_UPS);
  const followUp = missing.map((m) => m.question);
  if (followUp.length) lines.splice(described.length, 0, '要判断您能否享受，还需要了解几点（见下方问题）。');

  return {
    answer: lines.join('\n'),
    citations: [...new Set(described.map((o) => o.clause))],
    amounts: dedupeAmounts(amounts),
    followUp,
    rules: described.map((o) => o.rule),
    pending: missing.map((m) => m.fact),
  };
}

/**
 * A benefit sized by the asker's own figure (1:1 matching of 省里资助的20万) but still waiting on
 * yes/no facts: its amount if those facts are yes. This is the benefit's amount for this asker in
 * general, the way 最高12万元 is for the housing subsidy; the text still asks the questions.
 */
function amountsIfYes(o: Outcome, profile: Partial<Profile>, asOf: string): Amount[] {
  const rule = ruleById(o.rule);
  if (!rule) return [];
  const assumed: Record<string, unknown> = { ...profile };
  for (const m of o.missing) {
    const c = rule.conditions.find((x) => x.fact === m.fact);
    if (c?.test !== 'is' || typeof c.value !== 'boolean') return [];
    assumed[m.fact] = c.value;
  }
  const [again] = evaluate(assumed as Profile, { asOf, rules: [rule.id] });
  return again?.status === 'eligible' ? again.amounts : [];
}

/** How many of a rule's conditions the profile already answers. */
function knownConditions(ruleId: string, profile: Partial<Profile>): number {
  const rule = ruleById(ruleId);
  if (!rule) return 0;
  return rule.conditions.filter((c) => profile[c.fact as keyof Profile] !== undefined).length;
}

function describe(o: Outcome, requires: string[]): string {
  const where = `${clauseName(o.clause)}`;
  const quote = `原文：“${o.quote}”`;
  if (o.status === 'eligible') {
    return `✓ ${o.title}：按${where}，您可享受${o.amountText}。${quote}${o.assessed.length ? `（需${o.assessed.join('、')}）` : ''}`;
  }
  if (o.status === 'ineligible') {
    return `✗ ${o.title}：${o.failed[0]?.message ?? '您的情况不符合条件'}，因此不能享受。`;
  }
  const conditions = requires.length ? `条件：${requires.join('、')}。` : '';
  return `· ${o.title}：按${where}，${o.amountText}。${conditions}${quote}`;
}

function byCatalogue(order: readonly string[]) {
  return (a: Outcome, b: Outcome) => order.indexOf(a.rule) - order.indexOf(b.rule);
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
