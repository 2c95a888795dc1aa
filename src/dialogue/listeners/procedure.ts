/** Materials, procedure, payment time, with no benefit in view: the policy sets none of this. */
import { PROCEDURE_TEXT } from '../intents/help.js';
import { outOfScopeReply } from '../reply.js';
import { answered } from './say.js';
import { certain, listener } from './types.js';

export const procedure = listener({
  name: 'procedure',
  ceiling: 1,
  match: (p, t) => (p.cues.procedure === null || p.benefits.named.length || t.session.topic?.benefits.length ? null : certain([p.cues.procedure])),
  reply: (_d, _p, t) => answered(t, outOfScopeReply(t.user, t.validity, PROCEDURE_TEXT)),
});
