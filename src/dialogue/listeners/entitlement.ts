/**
 * Entitlement questions (what do I get, how much, am I eligible) and broad ones ("有哪些补贴"): the
 * route (intents/route.ts) picks the benefits, the calculator decides, intents/entitlement.ts says
 * it. When the calculator has nothing to say of the benefits picked, the listener does not match,
 * and the clause search answers instead.
 */
import { rule, rulesForClause, type Profile } from '../../calculator/index.js';
import type { Parsed } from '../../understand/index.js';
import { answerCatalogue } from '../intents/catalogue.js';
import { answerEntitlement, type EntitlementReply } from '../intents/entitlement.js';
import { clauseOfTarget } from '../../model/answers.js';
import { PROCEDURE_NOTE } from '../intents/help.js';
import { serviceLine } from '../intents/noAmount.js';
import { progressReply, recordedFacts } from '../intents/progress.js';
import { prepend } from '../reply.js';
import { chooseBenefits } from '../intents/route.js';
import { namesBenefitStrongly } from '../benefits.js';
import { siblingsFor } from '../intents/siblings.js';
import type { Topic } from '../topic.js';
import { clauseReply, openPointNote } from './clauseReply.js';
import { outOfScopeSure } from './outOfScopeSure.js';
import { CLAUSE_SURE, sureTarget } from './sureReading.js';
import { answered, say } from './say.js';
import { listener, type TurnContext, type TurnResult } from './types.js';

/** Below the rules that win outright, above the clause search. */
const SCORE = 0.9;

type Data = { kind: 'catalogue' } | { kind: 'entitlement'; body: EntitlementReply; benefits: string[]; named: string[] };

export const entitlement = listener<Data>({
  name: 'entitlement',
  ceiling: SCORE,
  match: (p, t) => {
    const { cues, benefits: { named }, facts: { personal } } = p;
    const topic = t.session.topic;
    const money = cues.money !== null;
    // Only a question naming no benefit can be subjectless; asking only then keeps the clause index
    // (and nodejieba's load) off the path of "博士购房补贴多少".
    const subjectless = money && !named.length && !p.analysis.subject();
    // "那天使投资基金呢" after a loan question: a new subject with nothing of the asker's in it.
    const fresh = !named.length && !personal && Boolean(topic?.benefits.length) && cues.ownSubject;
    const choice = chooseBenefits({
      broad: cues.broad !== null, short: cues.short, named, topic, hasFacts: personal, anyFacts: Object.keys(t.facts).length > 0,
      anaphoric: cues.anaphora !== null, money: money || cues.procedure !== null, subjectless, ownSubject: fresh,
    });
    // Money asked for a group the policy does not name, or nothing of the policy at all (examples in
    // knowledge/bank/oos-3.md): no benefit of the rule book named, and the model sure
    // that what is asked is an out-of-scope family. Money words alone would list the policy's
    // benefits; the model's positive reading wins instead. A bare "any subsidies?" has no subject: it
    // stays the list. Facts ("I have a master's, any subsidy?") are the calculator's to answer, with what they
    // rule out, unless the model is surer still; a message leaning on the conversation's benefits is
    // read with them, which the model does not see.
    // Asked only of a message the listener would otherwise answer (choice.kind 'none' is no answer
    // whatever the model says), the subject before the model: the model runs for nothing else here.
    if (choice.kind === 'none') return null;
    if (!named.length && !topic?.benefits.length && p.analysis.subject() && outOfScopeSure(p, p.facts.statements.length > 0)) return null;
    // Another group's or another city's start-up money (knowledge/bank/oos-3.md): a benefit's everyday words inside a
    // question the model reads as surely outside the policy as it must with facts stated. On the dev
    // split (bank of 2026-12-01), no in-scope message naming a benefit had an out-of-scope family
    // first above 0.31, but the gated cases had one item-13 interest-subsidy question at 0.80 once: the
    // high band alone is not enough when the message names a benefit.
    // Named only by an everyday word many things share (a start-up, a loan: the cue file's weak alternatives),
    // a veteran's start-up or a student loan is no more the policy's than a message naming nothing:
    // the model's sure reading is enough, as for a subjectless one.
    const weakly = named.length > 0 && !namesBenefitStrongly(p.text);
    if (named.length && !topic?.benefits.length && outOfScopeSure(p, weakly ? p.facts.statements.length > 0 : true)) return null;
    // A word that names a benefit (industrialisation names item 9's subsidy, "per year" the
    // salaries) inside a question: a benefit's everyday words in a question the model reads surely as another clause's.
    // On the dev split (2026-12-01), every message naming benefits of other clauses whose first target
    // was a clause at CLAUSE_SURE or more was that clause's (5 of 5; 9 of 11 down to the high band).
    if (named.length && !topic?.benefits.length && clauseElsewhere(p, named)) return null;
    const evidence = [...named, cues.money, cues.broad, cues.anaphora].filter((e): e is string => typeof e === 'string');
    if (choice.kind === 'catalogue') {
      // "what is the policy on IP" and the like: a broad question about one clause's subject, which
      // the model reads surely (its high band, a clause or a benefit first), is that clause's, not the
      // whole list of money; "which subsidies are there" (a topic target first) keeps the list.
      const top = p.ranking.band === 'high' ? p.ranking.candidates[0]?.target : undefined;
      if (top && clauseOfTarget(top) !== null) return null;
      return { score: SCORE, evidence, data: { kind: 'catalogue' } };
    }
    if (choice.kind !== 'entitlement') return null;
    let { benefits, named: asked } = choice;
    // A fresh question the model reads surely as one benefit or one clause ("a national leading talent coming here, a million?",
    // "can our team have the plant rent-free"): its facts, money words or a word that names another benefit in
    // passing (a team) would weigh those benefits and cite whichever comes first; the sure reading picks
    // the one asked about. Another named benefit stays when the asker's stated facts speak to it (a
    // question may ask of two: a high-tech enterprise recognised in 2020 with a 5-million loan asking for both). A broad
    // question ("which subsidies can I get") keeps them all.
    if (!topic?.benefits.length && cues.broad === null) {
      const sure = sureBenefits(p);
      // The sure benefit is listed "in general" as if named, unless the asker stated facts of their
      // own: then only what those facts give is listed (graduated ten years ago leaves the 5-year window open, and
      // the amount is no answer to it).
      if (sure && !named.length) {
        if (!sure.length) return null;
        [benefits, asked] = [sure, personal ? [] : sure];
      } else if (sure?.length) {
        const kept = [...sure.filter((id) => named.includes(id) || !named.some((n) => sure.includes(n))), ...named.filter((id) => !sure.includes(id) && factsSpeakTo(id, p.facts.stated))];
        [benefits, asked] = [kept, kept.filter((id) => asked.includes(id) || (sure.includes(id) && !personal))];
      }
    }
    const onTopic = Boolean(topic?.benefits.length) && !named.length && benefits === topic!.benefits;
    const siblings = onTopic && personal ? siblingsFor(topic!.benefits, p.facts.stated, t.facts as Partial<Profile>, t.asOf) : [];
    if (siblings.length) [benefits, asked] = [[...benefits, ...siblings], [...asked, ...siblings]];
    const body = answerEntitlement(t.facts as Partial<Profile>, benefits, asked, t.validity, p.facts.unsettled, p.facts.doubted);
    // A broad question that no known fact bears on is answered with the whole list of benefits.
    if (!body.rules.length && !benefits.length) return { score: SCORE, evidence, data: { kind: 'catalogue' } };
    if (!body.rules.length) return null;
    return { score: SCORE, evidence: [...evidence, ...body.rules], data: { kind: 'entitlement', body, benefits, named: asked } };
  },
  reply: (data, p, t) => (data.kind === 'catalogue' ? answered(t, say(t, answerCatalogue()), { facts: t.facts }) : entitlementReply(data, p, t)),
});

/**
 * The benefits of the model's sure first target (its high band, at CLAUSE_SURE or more): a benefit
 * itself, or every benefit of a clause ([] for a clause that sets none: the clause answers, not the
 * calculator). Null when the model is not that sure, or its first target is no clause or benefit.
 */
function sureBenefits(p: Parsed): string[] | null {
  const target = sureTarget(p);
  if (!target) return null;
  if (rule(target)) return [target];
  return rulesForClause(target).map((r) => r.id);
}

/** Whether facts stated in the message bear on a benefit's conditions (not only on one every benefit of its kind has: being an enterprise). */
function factsSpeakTo(id: string, stated: Parsed['facts']['stated']): boolean {
  return rule(id)?.conditions.some((c) => c.test !== 'unlessDenied' && (stated as Record<string, unknown>)[c.fact] !== undefined) ?? false;
}

/** Whether the model's sure first target is a clause none of the named benefits belongs to. */
function clauseElsewhere(p: Parsed, named: readonly string[]): boolean {
  const first = p.ranking.candidates[0];
  if (p.ranking.band !== 'high' || !first || first.score < CLAUSE_SURE) return false;
  // A clause target itself (not a benefit's, a topic's or a family's).
  if (clauseOfTarget(first.target) !== first.target) return false;
  return !named.some((id) => rule(id)?.clause === first.target);
}

/**
 * The answer about one benefit, as if the message had named it (an option picked from a clarify
 * list); null when the calculator has nothing to say of it.
 */
export function benefitReply(rule: string, p: Parsed, t: TurnContext): TurnResult | null {
  const body = answerEntitlement(t.facts as Partial<Profile>, [rule], [rule], t.validity, p.facts.unsettled, p.facts.doubted);
  return body.rules.length ? entitlementReply({ kind: 'entitlement', body, benefits: [rule], named: [rule] }, p, t) : null;
}

function entitlementReply(data: Extract<Data, { kind: 'entitlement' }>, p: Parsed, t: TurnContext): TurnResult {
  const { body, named } = data;
  const benefits = data.benefits.length ? data.benefits : body.rules;
  const next: Topic = { clauses: body.citations, benefits, specific: named.length > 0 && benefits.every((b) => named.includes(b)) };
  // "what papers for the high-tech award", "when is the housing subsidy paid": how to apply or when it is paid, no amount asked,
  // and nothing the asker said decides the benefit (its amounts would all be conditional). The policy
  // sets no procedure, so the answer says so and quotes the benefit's sentence with its lead unit;
  // the sum is not what was asked, and listing it would read as a promise. A message that also asks
  // how much too ("how to apply, and how much"), or whose facts decide it (granted or ruled out), keeps the full answer.
  // Undecided: every amount hangs on open questions, or questions remain (a benefit's general amount,
  // said with nothing of the asker's, is not marked conditional, but nothing is granted either).
  const undecided = body.amounts.length > 0 && (body.amounts.every((a) => a.conditional) || body.pending.length > 0);
  if (p.cues.procedure !== null && p.cues.amountAsked === null && undecided) {
    const only = named.length === 1 ? rule(named[0]!) : undefined;
    const clause = clauseReply(p, t, body.citations[0]!, only && only.clause === body.citations[0] ? only.quote : undefined);
    // clauseReply says the text sets no procedure already (once is enough).
    return answered(t, say(t, clause), { topic: next, facts: t.facts });
  }
  let draft = p.cues.procedure !== null ? prepend(body, 'notice', PROCEDURE_NOTE) : body;
  // "any subsidy for school places?": a service asked about as money is said to carry no amount.
  const service = p.cues.money !== null && !body.amounts.length ? serviceLine(body.citations[0]!, p.text) : null;
  if (service) draft = prepend(draft, 'notice', service);
  const open = openPointNote(p, body.citations[0]!, draft);
  if (open) draft = prepend(draft, 'openPoint', open);
  // A message that asks nothing beyond the facts it gives is answered with what changed.
  const progress = draft === body ? progressOf(data, p, t) : null;
  return answered(t, say(t, progress ?? draft), { topic: next, facts: t.facts, pending: body.pending });
}

/**
 * The short reply of a turn that only gives facts: the conversation was waiting on questions about
 * these same benefits, and the message asks for no amount and names no other benefit. Null when
 * the full answer is due (intents/progress.ts).
 */
function progressOf(data: Extract<Data, { kind: 'entitlement' }>, p: Parsed, t: TurnContext): EntitlementReply | null {
  const { session } = t;
  const topic = session.topic?.benefits ?? [];
  if (!session.pending.length || p.cues.money !== null) return null;
  if (topic.length !== data.benefits.length || !topic.every((b) => data.benefits.includes(b))) return null;
  const recorded = recordedFacts(session.facts, t.facts);
  if (!recorded.length) return null;
  const before = answerEntitlement(session.facts as Partial<Profile>, data.benefits, data.named, t.validity);
  return progressReply(before, data.body, recorded);
}
