/**
 * The one entry point every channel calls: respond(user, text, { asOf }) → Answer
 * (../shared/CONTRACT.md). Adapters that need their own conversation store call createResponder().
 */
import { createResponder } from './dialogue/responder.js';
import { listRules } from './calculator/index.js';
import { clauseSearch } from './search/index.js';

export { createResponder, type ResponderOptions } from './dialogue/responder.js';
export { isIsoDate } from './dialogue/validity.js';
export type { Answer, Amount, Validity, Respond, RespondOptions } from './answer/types.js';

/**
 * Loads everything the first answer would otherwise pay for: the policy, the rules and the clause
 * index with nodejieba (about a second). Adapters call it at start-up, before taking messages.
 */
export function warmUp(): void {
  listRules();
  clauseSearch();
}

/** The shared default instance: one session store for the whole process. */
export const respond = createResponder();
