/**
 * "博士购房补贴什么时候发钱", "博士后算不算", "省补和市补能一起拿吗", "现在不是LPR了吗": a point the
 * text leaves open, asked as such. Answered 文件未写明 with what the text says and whom to ask
 * (intents/openPoints.ts), about the benefit named, else the conversation's, else the point's own.
 * A hand-off point ("审核到哪了", "材料交到哪", "什么时候到账") is logged with the units it names.
 * A loan with its figures ("贷款300万…按哪个利率") is the calculator's: it computes and notes the point.
 */
import { answerOpenPoint, openPointById, pointBenefits } from '../intents/openPoints.js';
import { outOfScopeSure } from './outOfScopeSure.js';
import { answered, say } from './say.js';
import { listener } from './types.js';

export const openPoint = listener({
  name: 'openPoint',
  ceiling: 1,
  match: (p, t) => {
    const point = p.asks.openPoint ? openPointById(p.asks.openPoint) : undefined;
    if (!point || p.mentions.offTopic || (point.id === 'benchmarkRate' && p.facts.stated.loanPrincipalYuan !== undefined)) return null;
    // "新开公司执照多久能拿到": the words of a point ("多久") about a subject the model surely reads
    // as out of scope, with no benefit of the policy named nor its money ("补贴啥时候到账" keeps
    // the point).
    if (!p.benefits.named.length && p.cues.money === null && outOfScopeSure(p)) return null;
    const inView = p.benefits.named.length ? p.benefits.named : t.session.topic?.benefits ?? [];
    const benefits = pointBenefits(point, inView);
    return { score: 1, evidence: [point.id, ...benefits], data: { point, benefits } };
  },
  reply: ({ point, benefits }, _p, t) => {
    const body = answerOpenPoint(point, benefits);
    const topic = body.citations.length ? { clauses: body.citations, benefits, specific: true } : t.session.topic;
    const result = answered(t, say(t, body), { topic, facts: t.facts });
    return point.handoff ? { ...result, handoff: { units: [...(body.validity?.lead ?? [])] } } : result;
  },
});
