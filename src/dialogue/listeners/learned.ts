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
import { OUT_OF_SCOPE_TEXT } from '../scope.js';
import { clauseTopic } from '../topic.js';
import type { Parsed } from '../../understand/index.js';
import { clauseReply } from './clauseReply.js';
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
  | { kind: 'targets' };

/** The listener's route for a bank target, or null where the model's target needs what only the rules read (a unit, a topic). */
export function routeOf(target: string): Route | null {
  if (knowledge().clause(target)) return { kind: 'clause', id: target };
  if (ruleById(target)) return { kind: 'benefit', id: target };
  if (target.startsWith('doc:') && DOCUMENT_FACTS.has(target.slice(4))) return { kind: 'document', fact: target.slice(4) as DocumentFact };
  if (target.startsWith('oos:')) return { kind: 'outOfScope', family: target.slice(4) };
  if (target === 'help') return { kind: 'help' };
  if (target === 'targets') return { kind: 'targets' };
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
        const body = answerEntitlement(t.facts, [route.id], [route.id], t.validity);
        if (!body.rules.length) return clauseAnswer(ruleById(route.id)!.clause, p, t);
        return entitlement.reply({ kind: 'entitlement', body, benefits: [route.id], named: [route.id] }, p, t);
      }
      case 'document': return documentFact.reply({ fact: route.fact, more: [] }, p, t);
      case 'help': return greet.reply(undefined, p, t);
      // The targets the message names, or, when it names none ("市里给自己定的指标都有啥"), all of them.
      case 'targets': return targets.reply(p.mentions.targets.length ? p.mentions.targets : [...knowledge().targets], p, t);
      case 'outOfScope': return answered(t, outOfScopeReply(t.user, t.validity, OUT_OF_SCOPE_TEXT));
    }
  },
});

/** The clause quoted at the sentence the clause search finds best for the question, if it finds the clause at all. */
function clauseAnswer(id: string, p: Parsed, t: TurnContext) {
  const sentence = p.analysis.reading.search(p.text, 8).find((h) => h.clauseId === id)?.sentence;
  return answered(t, say(t, clauseReply(p, t, id, sentence)), { topic: clauseTopic(id), facts: t.facts });
}
