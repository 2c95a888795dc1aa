/**
 * fuse.js over clause headings: a partial or misspelt heading (成果转化激历, 院士工作站建设)
 * still finds its clause. Headings are short and say what a clause is about, which is what
 * people half-remember.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';

// One wrong or missing character in about four is still the same heading.
const THRESHOLD = 0.3;

interface Heading { doc: number; heading: string }

const OPTIONS: IFuseOptions<Heading> = Object.freeze({
  keys: ['heading'], includeScore: true, threshold: THRESHOLD, ignoreLocation: true, minMatchCharLength: 2,
});

export class HeadingMatcher {
  /**
   * One fuse a heading, so that a pattern is tried only on the headings it could match. A heading's
   * score is its own (fuse weighs a heading by its own length, never by the others'), so asking
   * them one by one gives what one fuse over all of them gives.
   */
  private readonly fuses: Fuse<Heading>[];
  /** For each character (UTF-16 unit, as fuse reads them), the headings that hold it. */
  private readonly holders = new Map<string, number[]>();

  /** `headings[i]` is the normalised heading of document i. */
  constructor(headings: readonly string[]) {
    this.fuses = headings.map((heading, doc) => new Fuse([{ doc, heading }], OPTIONS));
    headings.forEach((heading, doc) => {
      for (const ch of new Set(heading.toLowerCase().split(''))) {
        const docs = this.holders.get(ch);
        if (docs) docs.push(doc);
        else this.holders.set(ch, [doc]);
      }
    });
  }

  /**
   * Documents whose heading holds `pattern` nearly as written, each with its closeness
   * (1 exact … 0 at the threshold), closest first. Patterns under three characters match too much
   * to mean anything.
   */
  match(pattern: string): Map<number, number> {
    const found = new Map<number, number>();
    if (pattern.length < 3 || pattern.length > 32) return found;
    const results: { doc: number; score: number }[] = [];
    for (const doc of this.candidates(pattern)) {
      const [r] = this.fuses[doc]!.search(pattern);
      if (r) results.push({ doc, score: r.score ?? 1 });
    }
    // fuse's own order: by score, then by place in the collection.
    results.sort((a, b) => a.score - b.score || a.doc - b.doc);
    for (const r of results) found.set(r.doc, 1 - r.score / THRESHOLD);
    return found;
  }

  /**
   * The headings fuse could match `pattern` in. Fuse's bitap counts at least one error for each
   * character of the pattern the heading does not hold at all (it must be replaced or left out),
   * and a match allows errors up to THRESHOLD of the pattern's length; a heading missing more
   * characters than that cannot match, and is not searched (most are not: a question's words
   * share enough characters with a handful of headings at most).
   */
  private candidates(pattern: string): number[] {
    const text = pattern.toLowerCase();
    const present = new Int32Array(this.fuses.length);
    for (let i = 0; i < text.length; i++) {
      const docs = this.holders.get(text[i]!);
      if (docs) for (const doc of docs) present[doc]!++;
    }
    const out: number[] = [];
    for (let doc = 0; doc < present.length; doc++) {
      if ((text.length - present[doc]!) / text.length <= THRESHOLD) out.push(doc);
    }
    return out;
  }
}
