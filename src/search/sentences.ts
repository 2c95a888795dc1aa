/** The sentences of a clause, and which one best shows why the clause matched. */
import type { WeightedTerm } from './bm25.js';
import { normalize } from './normalize.js';

export interface ClauseSentence {
  /** As written in the policy. */
  text: string;
  /** normalize()d and lower-cased, for matching. */
  clean: string;
}

/**
 * Splits at 。；！？ and line ends, keeping the mark with its sentence. Marks inside brackets do
 * not split: the unit list （牵头单位：…；责任单位：…） stays one sentence.
 */
export function splitSentences(text: string): ClauseSentence[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (ch === '\n' || (depth === 0 && '。；！？'.includes(ch))) {
      pieces.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces
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
