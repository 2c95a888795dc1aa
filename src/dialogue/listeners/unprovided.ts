/**
 * "稳岗补贴多少", "那租房补贴呢": a subsidy the policy never provides is said to be missing, never
 * answered with another benefit's money (nor the topic's). Facts stated alongside are kept.
 */
import { outOfScopeReply } from '../reply.js';
import { UNPROVIDED_TEXT } from '../scope.js';
import { outOfScopeSure } from './outOfScopeSure.js';
import { answered } from './say.js';
import { listener } from './types.js';

export const unprovided = listener({
  name: 'unprovided',
  ceiling: 1,
  match: (p) => {
    // A benefit named ("人才引进的生活补贴": 人才引进 names item 15's grants; "创业担保贷款": 贷款 names
    // item 13's) or no money word is answered otherwise, unless the model too surely reads the
    // message as out of scope: two positive readings.
    const twice = p.mentions.unprovided !== null && outOfScopeSure(p);
    if (!twice && (p.cues.money === null || p.benefits.named.length)) return null;
    // A subsidy guessed from the words around a money word ("dedicated funds") is none the policy lacks when
    // the model reads the message surely as one of its clauses (dedicated funds for agricultural technology: sec-3.2).
    const first = p.ranking.candidates[0];
    const surelyHere = p.ranking.band === 'high' && !!first && !first.target.startsWith('oos:');
    const missing = p.mentions.unprovided ?? (p.facts.statements.length || surelyHere ? null : p.analysis.unknownSubsidy());
    return missing ? { score: 1, evidence: [missing], data: missing } : null;
  },
  reply: (missing, _p, t) => answered(t, outOfScopeReply(t.user, t.validity, UNPROVIDED_TEXT(missing)), { facts: t.facts }),
});
