/**
 * "稳岗补贴多少", "那租房补贴呢": a subsidy the policy never provides is said to be missing, never
 * answered with another benefit's money (nor the topic's). Facts stated alongside are kept.
 */
import { outOfScopeReply } from '../reply.js';
import { UNPROVIDED_TEXT } from '../scope.js';
import { answered } from './say.js';
import { listener } from './types.js';

export const unprovided = listener({
  name: 'unprovided',
  ceiling: 1,
  match: (p) => {
    if (p.cues.money === null || p.benefits.named.length) return null;
    const missing = p.mentions.unprovided ?? (p.facts.statements.length ? null : p.analysis.unknownSubsidy());
    return missing ? { score: 1, evidence: [missing], data: missing } : null;
  },
  reply: (missing, _p, t) => answered(t, outOfScopeReply(t.user, t.validity, UNPROVIDED_TEXT(missing)), { facts: t.facts }),
});
