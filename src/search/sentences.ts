/** The sentence of a clause that best shows why it matched. */
import { normalize } from './normalize.js';

export interface ClauseSentence {
  /** As written in the policy. */
  text: string;
  /** normalize()d and lower-cased, for matching. */
  clean: string;
}

/** Splits at 。；！？ and line ends, keeping the mark with its sentence; the unit list stays whole. */
export function splitSentences(text: string): ClauseSentence[] {
  return (text.match(/[^。；！？\n]+[。；！？]?/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s))
    .map((s) => ({ text: s, clean: normalize(s).toLowerCase() }));
}

/**
 * The sentence carrying the most query weight (terms times their idf); ties go to the earlier
 * sentence, so a clause matched on nothing in particular shows its heading.
 */
export function bestSentence(sentences: readonly ClauseSentence[], terms: readonly { term: string; weight: number }[], idf: (t: string) => number): string {
  let best = sentences[0];
  let bestScore = 0;
  for (const s of sentences) {
    let score = 0;
    for (const { term, weight } of terms) if (s.clean.includes(term)) score += weight * idf(term);
    if (score > bestScore) { best = s; bestScore = score; }
  }
  return best?.text ?? '';
}
