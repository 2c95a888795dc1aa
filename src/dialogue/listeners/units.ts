/**
 * "孵化器奖励找哪个部门", "这个找谁": who leads the benefit's or the topic's clause. A question that
 * also asks how much of a named benefit ("可以申请奖励吗 大概多少钱 找哪个部门") is the entitlement's,
 * whose answer names the lead unit too.
 */
import { rule as ruleById } from '../../calculator/index.js';
import { answerUnits } from '../intents/clauseLookup.js';
import { clauseTopic } from '../topic.js';
import { answered, say } from './say.js';
import { sureClause } from './sureReading.js';
import { listener } from './types.js';

export const units = listener({
  name: 'units',
  ceiling: 1,
  match: (p, t) => {
    const { cues, benefits } = p;
    if (cues.units === null || (benefits.named.length && cues.amountAsked !== null)) return null;
    const topic = t.session.topic;
    const fromBenefit = benefits.named.length ? ruleById(benefits.named[0]!)?.clause : undefined;
    const fromTopic = topic?.clauses[0];
    const aboutTopic = cues.anaphora !== null || cues.bareUnitsQuestion;
    // Where the clause search finds a clause, the model's sure reading goes before the search's words
    // ("our invention was copied, whom do I see" is item 20's, not the targets' invention patents).
    const searched = p.analysis.find(1)[0]?.clauseId;
    const id = fromBenefit ?? ((aboutTopic && fromTopic) || (searched && (sureClause(p) ?? searched)) || fromTopic);
    return id ? { score: 1, evidence: [cues.units, id], data: id } : null;
  },
  reply: (id, _p, t) => answered(t, say(t, answerUnits(id)), { topic: clauseTopic(id), facts: t.facts }),
});
