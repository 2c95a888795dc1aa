/** Which jieba tokens count as search terms, for clause texts and queries alike. */
import { segmentForSearch } from './segment.js';

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SINGLE_HAN = /^\p{Script=Han}$/u;
const SINGLE_LATIN = /^[a-z]$/;

/**
 * A token is a term unless it is a stop word, punctuation or space, or a lone character: single
 * Han characters (市, 对, 予) and letters are glue in this text, while numbers (3.6, 12, 100)
 * tell the amounts, and so the clauses, apart.
 */
export function isTerm(token: string, stopwords: ReadonlySet<string>): boolean {
  return HAS_LETTER_OR_DIGIT.test(token) && !SINGLE_HAN.test(token) && !SINGLE_LATIN.test(token) && !stopwords.has(token);
}

/** Search terms of normalised text, compounds and their parts (see segmentForSearch), lower-cased. */
export function termsOfClean(clean: string, stopwords: ReadonlySet<string>): string[] {
  return segmentForSearch(clean).map((t) => t.toLowerCase()).filter((t) => isTerm(t, stopwords));
}
