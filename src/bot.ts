/**
 * The one entry point every channel calls: respond(user, text, { asOf }) → Answer
 * (../shared/CONTRACT.md). Adapters that need their own conversation store call createResponder().
 */
import { createResponder } from './dialogue/responder.js';

export { createResponder, type ResponderOptions } from './dialogue/responder.js';
export { isIsoDate } from './dialogue/validity.js';
export type { Answer, Amount, Validity, Respond, RespondOptions } from './answer/types.js';

/** The shared default instance: one session store for the whole process. */
export const respond = createResponder();
