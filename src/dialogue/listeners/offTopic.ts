/** Weather, tax, another city's policy, nothing but symbols: out of scope whatever else is said. */
import { outOfScopeReply } from '../reply.js';
import { outOfScopeText } from '../scope.js';
import { answered } from './say.js';
import { certain, listener } from './types.js';

export const offTopic = listener({
  name: 'offTopic',
  ceiling: 1,
  match: (p) => certain([p.mentions.offTopic]),
  reply: (_d, _p, t) => answered(t, outOfScopeReply(t.user, t.validity, outOfScopeText())),
});
