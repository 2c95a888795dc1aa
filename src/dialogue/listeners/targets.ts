/** "到2021年高新技术企业要达到多少家": the city's own targets, quoted; never amounts. */
import { answerTargets } from '../intents/targets.js';
import { clauseTopic } from '../topic.js';
import { answered, say } from './say.js';
import { listener } from './types.js';

export const targets = listener({
  name: 'targets',
  ceiling: 1,
  match: (p) => {
    // "高企奖励多少" names a benefit and money: not the target of 高企 the city set itself.
    if (!p.mentions.targets.length || (p.benefits.named.length && p.cues.money !== null)) return null;
    return { score: 1, evidence: p.mentions.targets.map((x) => x.metric), data: p.mentions.targets };
  },
  reply: (found, _p, t) => {
    const body = answerTargets(found);
    return answered(t, say(t, body), { topic: clauseTopic(body.citations[0]!) });
  },
});
