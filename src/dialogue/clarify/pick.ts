/**
 * Which offered option a reply picks, if any: by its number ("2", "第二个", "二", "选2") or by its
 * words (a few characters of one label, "贴息那个"). Anything else picks nothing, and the message
 * is understood as a new one: an offer never traps the conversation in a menu.
 */
import { patterns, tables } from '../../knowledge/language.js';
import type { Parsed } from '../../understand/index.js';
import type { Offer } from '../session.js';
import { CLARIFY_BOOK } from './options.js';

const P = patterns(CLARIFY_BOOK, ['pickNumber', 'pickGlue']);
const { ordinals } = tables(CLARIFY_BOOK, ['ordinals']);

/** A reply longer than this is a question of its own, never a pick by words. */
const MAX_PICK_CHARS = 12;
/** The run shared with a label must be at least this long … */
const MIN_RUN = 2;
/** … and at least this share of the reply (without its glue). */
const MIN_SHARE = 0.5;

/** Letters and digits only, in the form the parse's `bare` has (NFKC, lower case). */
const bareOf = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The option the message picks, or null. */
export function pickedOffer(p: Parsed, offers: readonly Offer[]): Offer | null {
  if (!offers.length || !p.plain) return null;
  const number = P.pickNumber.exec(p.plain);
  if (number) return offers[(ordinals[number[1]!] ?? 0) - 1] ?? null;
  return byWords(p.plain, offers);
}

function byWords(plain: string, offers: readonly Offer[]): Offer | null {
  const said = bareOf(plain);
  // The whole label (or all of it before its clause number) said back is a pick however long.
  const whole = offers.find((o) => bareOf(o.label) === said || bareOf(o.label).startsWith(said) && said.length >= bareOf(o.label).length / 2);
  if (whole) return whole;
  const words = bareOf(plain.replace(P.pickGlue, ''));
  if (words.length < MIN_RUN || words.length > MAX_PICK_CHARS) return null;
  const runs = offers.map((o) => longestRun(words, bareOf(o.label)));
  const best = Math.max(...runs);
  if (best < MIN_RUN || best < MIN_SHARE * words.length) return null;
  // Two labels sharing the same words ("奖励") leave the choice open: nothing is picked.
  return runs.filter((r) => r === best).length === 1 ? offers[runs.indexOf(best)]! : null;
}

/** Length of the longest run of characters that `a` and `b` share. */
function longestRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let n = 0;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n++;
      if (n > best) best = n;
    }
  }
  return best;
}
