/** Nothing typed (or nothing left after cleaning): say how to ask; the open questions stay open. */
import { EMPTY_TEXT } from '../intents/help.js';
import { answered, say } from './say.js';
import { certain, listener } from './types.js';

export const empty = listener({
  name: 'empty',
  ceiling: 1,
  match: (p) => certain([p.text ? null : '(empty)']),
  reply: (_d, _p, t) => answered(t, say(t, { answer: EMPTY_TEXT }), { pending: t.session.pending }),
});
