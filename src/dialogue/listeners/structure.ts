/**
 * "第三部分", "保障措施讲了什么": a part of the document by number or heading, in full (or outlined,
 * when too long for a chat message). A section by number is a clause reference (clauseByNumber);
 * its answer quotes its tasks too (clauseReply → intents/structure.ts).
 */
import { answerPart } from '../intents/structure.js';
import { answered, say } from './say.js';
import { listener } from './types.js';

export const structure = listener({
  name: 'structure',
  ceiling: 1,
  match: (p) => {
    const n = p.asks.part;
    // A benefit or a money question naming a part's words is the benefit's (资金保障 is not 保障措施).
    if (n === null || p.clauses.numbered || p.benefits.named.length || p.mentions.offTopic) return null;
    return { score: 1, evidence: [`part-${n}`], data: n };
  },
  reply: (n, _p, t) => {
    const body = answerPart(n)!;
    const first = body.citations[0];
    return answered(t, say(t, body), { topic: first ? { clauses: body.citations, benefits: [], specific: true } : t.session.topic });
  },
});
