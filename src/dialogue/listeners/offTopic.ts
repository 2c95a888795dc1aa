/**
 * Weather, tax, another city's policy, nothing but symbols, English about a subject the policy lacks:
 * out of scope whatever else is said, unless the model surely reads the message as one clause or
 * benefit, the word only part of what the asker describes (a company going public is item 14's, inviting a
 * retired expert to advise the factory item 2's).
 */
import { outOfScopeReply } from '../reply.js';
import { outOfScopeText } from '../scope.js';
import { answered } from './say.js';
import { sureTarget } from './sureReading.js';
import { certain, listener } from './types.js';

export const offTopic = listener({
  name: 'offTopic',
  ceiling: 1,
  // English names its subject in words the Chinese cues never see (src/latin/read.ts).
  match: (p) => (p.mentions.offTopic !== 'nothing' && !p.latin?.offTopic && p.mentions.offTopic && sureTarget(p) ? null : certain([p.mentions.offTopic, p.latin?.offTopic ? '(english)' : null])),
  reply: (_d, _p, t) => answered(t, outOfScopeReply(t.user, t.validity, outOfScopeText())),
});
