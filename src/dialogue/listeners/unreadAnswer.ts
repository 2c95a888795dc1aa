/**
 * A short reply while a question is open that no reader understood ("不知道", "还没定"): the
 * question is asked again, in one line, rather than the reply being called out of scope. A
 * conversation half-way to a verdict is not lost on one unclear word; a longer message, or one
 * that asks for money, is still left to the other listeners and the catch-all.
 */
import { say as sayMessage } from '../../answer/messages.js';
import { FACTS, questionFor, type FactName } from '../../calculator/index.js';
import { answered, say } from './say.js';
import { listener } from './types.js';

/** Below every listener that reads the message, above only the catch-all. */
const SCORE = 0.1;
/**
 * Above the clarify list (0.85) when the model's ranking is in its low band and nothing is named:
 * "不知道" while a question is open answers that question, and a list of clauses the model barely
 * guessed at (第14条 for 不知道) would drop the conversation. A short message the model does read
 * ("那孵化器呢", a high band) is still left to the listeners that answer it.
 */
const OVER_CLARIFY = 0.9;

export const unreadAnswer = listener<FactName>({
  name: 'unreadAnswer',
  ceiling: OVER_CLARIFY,
  match: (p, t) => {
    const asked = t.session.pending[0];
    if (!asked || !(asked in FACTS) || !t.session.topic?.benefits.length) return null;
    if (!p.cues.short || p.cues.money !== null || p.facts.statements.length) return null;
    const unread = p.ranking.band === 'low' && !p.benefits.named.length && !p.clauses.numbered;
    return { score: unread ? OVER_CLARIFY : SCORE, evidence: [asked], data: asked as FactName };
  },
  reply: (asked, _p, t) => {
    const question = questionFor(asked);
    const answer = say(t, { answer: sayMessage('answerNotRead', { question }), followUp: [question], citations: t.session.topic?.clauses ?? [] });
    return answered(t, answer, { facts: t.facts, pending: t.session.pending });
  },
});
