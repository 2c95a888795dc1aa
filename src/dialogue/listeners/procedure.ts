/**
 * Materials, procedure, payment time, with no benefit in view: the policy sets none of this. A
 * question the model surely reads as one clause or benefit (how to apply for an expert workstation) has one in view: that
 * clause answers, with the note that the text sets no procedure (clauseReply.ts).
 */
import { PROCEDURE_TEXT } from '../intents/help.js';
import { outOfScopeReply } from '../reply.js';
import { answered } from './say.js';
import { sureTarget } from './sureReading.js';
import { certain, listener } from './types.js';

export const procedure = listener({
  name: 'procedure',
  ceiling: 1,
  match: (p, t) => (p.cues.procedure === null || p.benefits.named.length || t.session.topic?.benefits.length || sureTarget(p) ? null : certain([p.cues.procedure])),
  reply: (_d, _p, t) => answered(t, outOfScopeReply(t.user, t.validity, PROCEDURE_TEXT)),
});
