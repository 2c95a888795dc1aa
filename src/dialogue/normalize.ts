/**
 * Text normalisation for matching, shared with the clause search so that what users type and
 * what the policy says meet: NFKC, traditional→simplified, invisible characters removed; then the
 * colloquial question words below.
 */
import { normalize } from '../search/normalize.js';

/**
 * Colloquial question words read as their standard forms ("啥时候发的" → "什么时候发的",
 * "咋算" → "怎么算"), so cue words need list only one form.
 */
const COLLOQUIAL: readonly [RegExp, string][] = [
  [/啥/g, '什么'],
  [/咋/g, '怎么'],
];

export function normalizeText(text: string): string {
  return COLLOQUIAL.reduce((t, [from, to]) => t.replace(from, to), normalize(text));
}
