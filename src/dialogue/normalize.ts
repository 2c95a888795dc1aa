/**
 * Text normalisation for matching, shared with the clause search so that what users type and
 * what the policy says meet: NFKC, traditional→simplified, invisible characters removed; then the
 * colloquial question words below.
 */
import { normalize } from '../search/normalize.js';
import { rewrites } from '../knowledge/language.js';

/**
 * Colloquial question words read as their standard forms ("啥时候发的" → "什么时候发的",
 * "咋算" → "怎么算"), so cue words need list only one form (knowledge/language/zh/normalize.json).
 */
const { colloquial: COLLOQUIAL } = rewrites('language/zh/normalize.json', ['colloquial']);

/** Han characters spaced out one at a time (made once: built inside the function, it was made anew each turn). */
const SPACED_HAN = /(?:\p{Script=Han}[ \t\u3000]+){2,}\p{Script=Han}(?![^\s])/gu;

/** "高 企 奖 励 多 少": one character at a time, spaced out; the spaces split no words. */
function unspaced(text: string): string {
  return text.replace(SPACED_HAN, (run) => run.replace(/[ \t\u3000]+/g, ''));
}

/**
 * "5千万", "3百万": digits before a Chinese unit, as typed on a phone, written out ("5000万") so the
 * number reader, which takes digits or numerals but not a mix, sees the figure at all.
 */
function mixedNumerals(text: string): string {
  return text.replace(/(\d+(?:\.\d+)?)\s*([千百])\s*万/g, (_m, n: string, unit: string) =>
    `${Math.round(Number(n) * (unit === '千' ? 1000 : 100) * 100) / 100}万`);
}

/**
 * "1,000万", "1,500,000元": thousands separators dropped, or the number reader sees "000万" (nothing)
 * and the principal is silently lost. A year list ("2019,2020") has four digits after the comma.
 */
function ungrouped(text: string): string {
  return text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

export function normalizeText(text: string): string {
  return unspaced(mixedNumerals(ungrouped(COLLOQUIAL.reduce((t, [from, to]) => t.replace(from, to), normalize(text)))));
}
