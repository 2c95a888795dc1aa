/**
 * The trained model's answer (issue 11): the bank target it ranks first, answered by the listener
 * that answers that kind of target. A clause is quoted as the clause search would quote it; a
 * benefit is put to the calculator as the entitlement listener would; a document fact, a greeting's
 * help, and an out-of-scope family (only when one wins: a low score never refuses) likewise.
 *
 * It ranks among the free-text listeners, below the rules that win outright and the entitlement
 * rules, so the model speaks where the rules are weak: the clause search found nothing, or found a
 * clause that covers little of the question. How far it reaches is set by ROUTE below, by
 * measurement (npm run eval, and the bank's dev split through respond(): test/model.respond.test.ts).
 */
import { rule as ruleById } from '../../calculator/index.js';
import type { DocumentFact } from '../intents/documentFacts.js';
import { answerEntitlement } from '../intents/entitlement.js';
import { outOfScopeReply } from '../reply.js';
import { outOfScopeText } from '../scope.js';
import { clauseTopic } from '../topic.js';
import type { Parsed } from '../../understand/index.js';
import { answerAllUnits, topics } from '../intents/clauseLists.js';
import { clauseReply } from './clauseReply.js';
import { topicClauses, unitClauses } from './clauseLists.js';
import { companyProfile } from './companyProfile.js';
import { units } from './units.js';
import { documentFact } from './documentFact.js';
import { entitlement } from './entitlement.js';
import { greet } from './greet.js';
import { targets } from './targets.js';
import { answered, say } from './say.js';
import { listener, type TurnContext } from './types.js';
import { knowledge } from '../../knowledge/index.js';
import { clauseOfTarget } from '../../model/answers.js';
import { ranker } from '../../model/index.js';

/** The learned score: FLOOR + SPAN × the first target's probability, for a band that answers. */
export const ROUTE = { floor: 0.4, span: 0.4, bands: ['high', 'middle'] as string[] };

const DOCUMENT_FACTS: ReadonlySet<string> = new Set<DocumentFact>(['overview', 'docNumber', 'issuer', 'issued', 'meeting', 'period', 'inForce', 'recipients', 'title', 'publication']);

export type Route =
  | { kind: 'clause'; id: string }
  | { kind: 'benefit'; id: string }
  | { kind: 'document'; fact: DocumentFact }
  | { kind: 'outOfScope'; family: string }
  | { kind: 'help' }
  | { kind: 'targets' }
  | { kind: 'topic'; id: string }
  | { kind: 'company' }
  | { kind: 'units' };

/** The listener's route for a bank target, or null where no listener answers it. */
export function routeOf(target: string): Route | null {
  if (knowledge().clause(target)) return { kind: 'clause', id: target };
  if (ruleById(target)) return { kind: 'benefit', id: target };
  if (target.startsWith('doc:') && DOCUMENT_FACTS.has(target.slice(4))) return { kind: 'document', fact: target.slice(4) as DocumentFact };
  if (target.startsWith('oos:')) return { kind: 'outOfScope', family: target.slice(4) };
  if (target === 'help') return { kind: 'help' };
  if (target === 'targets') return { kind: 'targets' };
  // Which clauses concern a topic, what a company can apply for, who leads what: the listeners that
  // answer these when the rules read the words (clauseLists.ts, companyProfile.ts), asked by the
  // model when the words were the asker's own ("搞科技那个局管了多少事", "公司 能拿啥").
  if (target === 'topic:enterprise') return { kind: 'company' };
  if (target.startsWith('topic:') && topics().topics.some((x) => x.id === target.slice(6))) return { kind: 'topic', id: target.slice(6) };
  if (target === 'units') return { kind: 'units' };
  return null;
}

export const learned = listener<Route>({
  name: 'learned',
  ceiling: ROUTE.floor + ROUTE.span,
  match: (p) => {
    const { band, candidates } = p.ranking;
    const top = candidates[0];
    if (!top || !band || !ROUTE.bands.includes(band)) return null;
    // A clause the clause search finds but the bank has no example of is one the model cannot
    // know: it would only ever outrank it.
    const found = p.analysis.find(1, p.benefits.named.length > 0, p.cues.money !== null)[0];
    if (found && !ranker()?.classes.includes(found.clauseId) && !ranker()?.classes.some((c) => clauseOfTarget(c) === found.clauseId)) return null;
    let route = routeOf(top.target);
    // Money is said only on a sure reading: a benefit the model is less sure of is answered with its clause.
    if (route?.kind === 'benefit' && band !== 'high') route = { kind: 'clause', id: ruleById(route.id)!.clause };
    return route ? { score: ROUTE.floor + ROUTE.span * top.score, evidence: [top.target, ...top.evidence], data: route } : null;
  },
  reply: (route, p, t) => {
    switch (route.kind) {
      case 'clause': return clauseAnswer(route.id, p, t);
      case 'benefit': {
        // What the message talks of without settling it counts here as in the entitlement listener.
        const body = answerEntitlement(t.facts, [route.id], [route.id], t.validity, p.facts.unsettled, p.facts.doubted);
        if (!body.rules.length) return clauseAnswer(ruleById(route.id)!.clause, p, t);
        return entitlement.reply({ kind: 'entitlement', body, benefits: [route.id], named: [route.id] }, p, t);
      }
      case 'document': return documentFact.reply({ fact: route.fact, more: [] }, p, t);
      case 'help': return greet.reply(undefined, p, t);
      // The targets the message names, or, when it names none ("市里给自己定的指标都有啥"), all of them.
      case 'targets': return targets.reply(p.mentions.targets.length ? p.mentions.targets : [...knowledge().targets], p, t);
      case 'outOfScope': return answered(t, outOfScopeReply(t.user, t.validity, outOfScopeText()));
      case 'topic': return topicClauses.reply(topics().topics.find((x) => x.id === route.id)!, p, t);
      case 'company': return companyProfile.reply({ asked: null, reply: null }, p, t);
      case 'units': {
        // A unit named answers with its clauses; the conversation's clause with its lead units; else
        // every unit's (the rules' units listener already answers a clause the message names).
        if (p.asks.unit) return unitClauses.reply(p.asks.unit, p, t);
        const id = t.session.topic?.clauses[0];
        if (id) return units.reply(id, p, t);
        const body = answerAllUnits();
        return answered(t, say(t, body), { facts: t.facts });
      }
    }
  },
});

/** The clause quoted at the sentence the clause search finds best for the question, if it finds the clause at all. */
function clauseAnswer(id: string, p: Parsed, t: TurnContext) {
  const sentence = p.analysis.reading.search(p.text, 8).find((h) => h.clauseId === id)?.sentence;
  return answered(t, say(t, clauseReply(p, t, id, sentence)), { topic: clauseTopic(id), facts: t.facts });
}
