/**
 * "人才方面有哪几条", "金融支持有哪些", "多少条和人才有关" (topicClauses; the model's topic:talent,
 * topic:finance) and "科技局牵头哪些条", "人社局都管哪几条" (unitClauses; the model's `units`
 * when a unit is named): the clauses listed with their numbers, headings, count and lead units.
 * A money question on a topic ("人才补贴有哪些") keeps to the benefits' catalogue unless it names 条.
 */
import { answerTopic, answerUnitClauses, topics } from '../intents/clauseLists.js';
import { outOfScopeSure } from './outOfScopeSure.js';
import { answered, say } from './say.js';
import { listener } from './types.js';

export const unitClauses = listener({
  name: 'unitClauses',
  ceiling: 1,
  match: (p) => {
    const { unit, listAsked } = p.asks;
    if (!unit || !listAsked || p.clauses.numbered || p.benefits.named.length || p.mentions.offTopic) return null;
    return { score: 1, evidence: [unit], data: unit };
  },
  reply: (unit, _p, t) => {
    const body = answerUnitClauses(unit);
    return answered(t, say(t, body), { topic: body.citations.length ? { clauses: body.citations, benefits: [], specific: true } : t.session.topic });
  },
});

export const topicClauses = listener({
  name: 'topicClauses',
  ceiling: 1,
  match: (p) => {
    const { topic, listAsked, countAsked } = p.asks;
    // "大连的人才政策有哪些" is another city's: the off-topic listener says so.
    if (!topic || !listAsked || p.clauses.numbered || p.mentions.offTopic) return null;
    // The talent policies issued in 2023: another document's topic, which the model reads surely as out of
    // scope (as sure as it must be beside facts): the out-of-scope listeners say so.
    if (outOfScopeSure(p, true)) return null;
    if (!countAsked && (p.cues.money !== null || p.benefits.named.length)) return null;
    return { score: 1, evidence: [topic], data: topics().topics.find((x) => x.id === topic)! };
  },
  reply: (topic, p, t) => {
    const body = answerTopic(topic, p.cues.money !== null);
    return answered(t, say(t, body), { topic: { clauses: body.citations.slice(1), benefits: [], specific: false } });
  },
});
