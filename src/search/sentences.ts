/** The sentences of a clause, and which one best shows why the clause matched. */
import type { WeightedTerm } from './bm25.js';
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

export interface SentenceMatch { sentence: string; score: number }

/**
 * The sentence carrying the most query weight (idf times weight of the query terms it holds),
 * and that weight. Terms found together in one sentence are about one thing, so the weight also
 * serves as a proximity signal in ranking. Ties go to the earlier sentence, so a clause matched
 * on nothing in particular shows its heading.
 */
export function bestSentence(sentences: readonly ClauseSentence[], terms: readonly WeightedTerm[], idf: (t: string) => number): SentenceMatch {
  let best = sentences[0];
  let bestScore = 0;
  for (const s of sentences) {
    let score = 0;
    for (const { term, weight } of terms) if (s.clean.includes(term)) score += weight * idf(term);
    if (score > bestScore) { best = s; bestScore = score; }
  }
  return { sentence: best?.text ?? '', score: bestScore };
}
