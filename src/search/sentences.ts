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

/**
 * Every clause's sentences with, for each pair of characters (UTF-16 units, as `includes` reads
 * them) and each single character, the sentences that hold it. bestSentence tried every query term
 * on every sentence of every clause the ranking reached, a few thousand `includes` a query, for
 * the handful of sentences that hold a term at all. A term can only occur in a sentence holding its
 * first two characters (its one character, for a term that short), so only those are tried: the
 * same sentences match, and each sentence's score adds the same terms in the same order.
 */
export class SentenceIndex {
  /** All sentences, clause after clause; clause d's are first[d] to first[d + 1]. */
  private readonly all: ClauseSentence[] = [];
  private readonly first: number[] = [0];
  private readonly holders = new Map<string, number[]>();

  constructor(readonly clauses: readonly (readonly ClauseSentence[])[]) {
    for (const sentences of clauses) {
      for (const s of sentences) {
        const id = this.all.length;
        this.all.push(s);
        const keys = new Set<string>();
        for (let i = 0; i < s.clean.length; i++) {
          keys.add(s.clean[i]!);
          if (i + 1 < s.clean.length) keys.add(s.clean.slice(i, i + 2));
        }
        for (const key of keys) {
          const list = this.holders.get(key);
          if (list) list.push(id);
          else this.holders.set(key, [id]);
        }
      }
      this.first.push(this.all.length);
    }
  }

  /** Each sentence's query weight (what bestSentence adds up), for every clause at once. */
  weights(terms: readonly WeightedTerm[], idf: (t: string) => number): Float64Array {
    const score = new Float64Array(this.all.length);
    for (const { term, weight } of terms) {
      const candidates = term.length === 0 ? null : this.holders.get(term.slice(0, 2));
      if (candidates === undefined) continue;
      if (candidates === null) {
        // The empty string is in every sentence (no term is empty; kept for bestSentence's sake).
        for (let id = 0; id < score.length; id++) score[id] = score[id]! + weight * idf(term);
        continue;
      }
      for (const id of candidates) if (this.all[id]!.clean.includes(term)) score[id] = score[id]! + weight * idf(term);
    }
    return score;
  }

  /** bestSentence(clauses[doc], terms, idf), given weights(terms, idf). */
  best(doc: number, weights: Float64Array): SentenceMatch {
    const from = this.first[doc]!;
    const to = this.first[doc + 1]!;
    let best = from < to ? this.all[from] : undefined;
    let bestScore = 0;
    for (let id = from; id < to; id++) {
      if (weights[id]! > bestScore) { best = this.all[id]; bestScore = weights[id]!; }
    }
    return { sentence: best?.text ?? '', score: bestScore };
  }
}
