/**
 * "我们公司能申请啥", "一家做新材料的小企业有哪些政策" (the model's topic:enterprise): profile
 * matching, one question at a time (intents/companyProfile.ts). While it is under way, a reply to
 * its question ("是", "没有", "不清楚") is its; any other message leaves it for the listener it suits.
 */
import { answersIn, askedIn, profileStep, type Reply } from '../intents/companyProfile.js';
import { answered, say } from './say.js';
import { listener } from './types.js';

/** The question answered and the reply, or nulls when the questionnaire starts. */
interface Turn {
  asked: string | null;
  reply: Reply | null;
}

export const companyProfile = listener<Turn>({
  name: 'companyProfile',
  ceiling: 1,
  match: (p, t) => {
    const asked = askedIn(t.session.pending);
    if (asked && p.asks.reply) return { score: 1, evidence: [asked, p.asks.reply], data: { asked, reply: p.asks.reply } };
    if (!p.asks.company || p.benefits.named.length || p.clauses.numbered || p.mentions.offTopic) return null;
    return { score: 1, evidence: ['company'], data: { asked: null, reply: null } };
  },
  reply: ({ asked, reply }, _p, t) => {
    const answers = asked ? answersIn(t.session.pending) : new Map<string, Reply>();
    if (asked && reply) answers.set(asked, reply);
    const step = profileStep(answers, t.facts, asked === null);
    return answered(t, say(t, step.draft), { facts: t.facts, pending: step.pending });
  },
});
