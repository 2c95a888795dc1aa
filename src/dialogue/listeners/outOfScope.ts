/** The catch-all: nothing in the policy answers the message, and the reply says what it does cover. */
import { outOfScopeReply } from '../reply.js';
import { outOfScopeText } from '../scope.js';
import { answered } from './say.js';
import { listener } from './types.js';

export const outOfScope = listener({
  name: 'outOfScope',
  ceiling: 0,
  match: () => ({ score: 0, evidence: [], data: undefined }),
  reply: (_d, _p, t) => answered(t, outOfScopeReply(t.user, t.validity, outOfScopeText())),
});
