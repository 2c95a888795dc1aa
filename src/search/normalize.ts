/**
 * One canonical form for every piece of text that is searched or matched: what users type and
 * what the policy says go through the same function, so they meet.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { Recent } from './recent.js';

// The t2cn build carries only the to-simplified tables. 'hk' → 'cn' leaves the simplified policy
// text byte-identical (checked in a test); 'tw' does not: its variant table turns 显著 into 显着.
// Traditional input from Taiwan or Hong Kong alike becomes simplified through OpenCC's tables.
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

// Control characters (except tab and newline), zero-width characters, the BOM, soft hyphen and
// bidirectional overrides/isolates: invisible, often pasted from chat apps, and they break
// matching without anyone seeing why.
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/**
 * The texts normalised last: a turn normalises the same two or three texts about twice each (the
 * fact readers, the clause index, the segmenter and the model each start from normalize), and
 * OpenCC's conversion was most of what normalize cost.
 */
const recent = new Recent(16, (text) => toSimplified(text.normalize('NFKC').replace(INVISIBLE, '')));

/**
 * NFKC (full-width digits and letters become plain: 第１７条 → 第17条), traditional → simplified
 * Chinese (第17條 → 第17条), invisible characters removed. Pure, and a few microseconds a message.
 * Punctuation keeps its Chinese form except where NFKC folds it (full-width ！？：（）, ～ and so on
 * become ASCII); the ideographic comma 、 and full stop 。 are kept.
 */
export function normalize(text: string): string {
  return text ? recent.get(text) : '';
}
