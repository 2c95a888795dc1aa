/** Weather, tax, another city's policy, nothing but symbols, English about a subject the policy lacks: out of scope whatever else is said. */
import { outOfScopeReply } from '../reply.js';
import { outOfScopeText } from '../scope.js';
import { answered } from './say.js';
import { certain, listener } from './types.js';

export const offTopic = listener({
  name: 'offTopic',
  ceiling: 1,
  // English names its subject in words the Chinese cues never see (src/latin/read.ts).
  match: (p) => certain([p.mentions.offTopic, p.latin?.offTopic ? '(english)' : null]),
  reply: (_d, _p, t) => answered(t, outOfScopeReply(t.user, t.validity, outOfScopeText())),
});
