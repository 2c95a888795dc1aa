/** "那有补贴吗" after a clause lookup: the money question is about that clause, whatever else pays. */
import { clauseReply } from './clauseReply.js';
import { answered, say } from './say.js';
import { listener } from './types.js';

export const topicClauseMoney = listener({
  name: 'topicClauseMoney',
  ceiling: 1,
  match: (p, t) => {
    const topic = t.session.topic;
    const clause = topic && !topic.benefits.length ? topic.clauses[0] : undefined;
    if (!clause || p.cues.money === null || p.cues.anaphora === null || p.benefits.named.length || p.analysis.subject()) return null;
    return { score: 1, evidence: [p.cues.money, p.cues.anaphora, clause], data: clause };
  },
  reply: (clause, p, t) => answered(t, say(t, clauseReply(p, t, clause)), { facts: t.facts }),
});
