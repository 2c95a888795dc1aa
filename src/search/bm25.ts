/**
 * BM25F (Robertson & Zaragoza 2009): per-field term frequencies, each length-normalised and
 * weighted, summed, then saturated once. A word in a heading counts several times a word in the
 * body without a long clause drowning a short one. Generic over the tokens it is given, so the
 * benchmark's character-bigram baseline runs on the very same scorer.
 */

export interface FieldSpec { weight: number; b: number }

export interface Bm25Options {
  k1: number;
  fields: Record<string, FieldSpec>;
}

export const DEFAULT_BM25: Readonly<Bm25Options> = Object.freeze({
  k1: 1.2,
  fields: { text: { weight: 1, b: 0.75 } },
});

export interface WeightedTerm { term: string; weight: number }

export class Bm25Index {
  private readonly postings = new Map<string, { doc: number; tf: Record<string, number> }[]>();
  private readonly lengths: Record<string, number>[] = [];
  private readonly avgLength: Record<string, number> = {};
  readonly size: number;
  /** The fields with their specs, listed once: scoring walked Object.entries(fields) for every posting. */
  private readonly fieldSpecs: readonly (readonly [string, FieldSpec])[];

  /** `docs[i][field]` is the token list of field `field` of document i. */
  constructor(docs: readonly Record<string, readonly string[]>[], private readonly options: Bm25Options = DEFAULT_BM25) {
    this.size = docs.length;
    this.fieldSpecs = Object.entries(options.fields);
    const fields = Object.keys(options.fields);
    docs.forEach((doc, i) => {
      const lengths: Record<string, number> = {};
      const tfs = new Map<string, Record<string, number>>();
      for (const field of fields) {
        const tokens = doc[field] ?? [];
        lengths[field] = tokens.length;
        for (const t of tokens) {
          const tf = tfs.get(t) ?? {};
          tf[field] = (tf[field] ?? 0) + 1;
          tfs.set(t, tf);
        }
      }
      this.lengths.push(lengths);
      for (const [term, tf] of tfs) {
        const list = this.postings.get(term) ?? [];
        list.push({ doc: i, tf });
        this.postings.set(term, list);
      }
    });
    for (const field of fields) {
      this.avgLength[field] = this.lengths.reduce((s, l) => s + (l[field] ?? 0), 0) / Math.max(1, docs.length) || 1;
    }
  }

  /** How many documents contain `term`. */
  df(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Lucene's non-negative idf; an unseen term gets the idf of a term seen once (the rarest). */
  idf(term: string): number {
    const n = Math.max(1, this.df(term));
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /** Scores every document; documents no term reaches are absent from the map. */
  score(query: readonly WeightedTerm[]): Map<number, number> {
    const scores = new Map<number, number>();
    const { k1 } = this.options;
    const fields = this.fieldSpecs;
    for (const { term, weight } of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const { doc, tf } of list) {
        let pseudoTf = 0;
        for (const [field, spec] of fields) {
          const f = tf[field];
          if (!f) continue;
          const norm = 1 - spec.b + (spec.b * this.lengths[doc]![field]!) / this.avgLength[field]!;
          pseudoTf += (spec.weight * f) / norm;
        }
        scores.set(doc, (scores.get(doc) ?? 0) + weight * idf * ((pseudoTf * (k1 + 1)) / (pseudoTf + k1)));
      }
    }
    return scores;
  }
}
