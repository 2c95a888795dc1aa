/**
 * fuse.js over clause headings: a partial or misspelt heading (成果转化激历, 院士工作站建设)
 * still finds its clause. Headings are short and say what a clause is about, which is what
 * people half-remember.
 */
import Fuse from 'fuse.js';

// One wrong or missing character in about four is still the same heading.
const THRESHOLD = 0.3;

export class HeadingMatcher {
  private readonly fuse: Fuse<{ doc: number; heading: string }>;

  /** `headings[i]` is the normalised heading of document i. */
  constructor(headings: readonly string[]) {
    this.fuse = new Fuse(headings.map((heading, doc) => ({ doc, heading })), {
      keys: ['heading'], includeScore: true, threshold: THRESHOLD, ignoreLocation: true, minMatchCharLength: 2,
    });
  }

  /**
   * Documents whose heading holds `pattern` nearly as written, each with its closeness
   * (1 exact … 0 at the threshold). Patterns under three characters match too much to mean anything.
   */
  match(pattern: string): Map<number, number> {
    const found = new Map<number, number>();
    if (pattern.length < 3 || pattern.length > 32) return found;
    for (const r of this.fuse.search(pattern)) {
      found.set(r.item.doc, 1 - (r.score ?? 1) / THRESHOLD);
    }
    return found;
  }
}
