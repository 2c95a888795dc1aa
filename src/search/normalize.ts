/**
 * One canonical form for every piece of text that is searched or matched: what users type and
 * what the policy says go through the same function, so they meet.
 */
import { mayChangeToSimplified, toSimplified } from './simplifiedChars.js';

// OpenCC's t2cn build carries only the to-simplified tables. 'hk' → 'cn' leaves the simplified
// policy text byte-identical (checked in a test); 'tw' does not: its variant table turns 显著 into
// 显着. Traditional input from Taiwan or Hong Kong alike becomes simplified through OpenCC's tables,
// which load only when a text holds a character they could change (simplifiedChars.ts says why
// skipping them otherwise changes nothing).

// Control characters (except tab and newline), zero-width characters, the BOM, soft hyphen and
// bidirectional overrides/isolates: invisible, often pasted from chat apps, and they break
// matching without anyone seeing why.
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/**
 * NFKC (full-width digits and letters become plain: 第１７条 → 第17条), traditional → simplified
 * Chinese (第17條 → 第17条), invisible characters removed. Pure, and a few microseconds a message.
 * Punctuation keeps its Chinese form except where NFKC folds it (full-width ！？：（）, ～ and so on
 * become ASCII); the ideographic comma 、 and full stop 。 are kept.
 */
export function normalize(text: string): string {
  if (!text) return '';
  const clean = text.normalize('NFKC').replace(INVISIBLE, '');
  return mayChangeToSimplified(clean) ? toSimplified(clean) : clean;
}
