/**
 * Text normalisation for matching, shared with the clause search so that what users type and
 * what the policy says meet: NFKC, traditional→simplified, invisible characters removed.
 */
import { normalize } from '../search/normalize.js';

export function normalizeText(text: string): string {
  return normalize(text);
}
