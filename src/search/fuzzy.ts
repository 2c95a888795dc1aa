/**
 * Typo tolerance: a query word the clauses never use (购方, 博仕) is matched against the policy's
 * own domain words and the synonym variants with fuse.js, and stands in for its nearest one.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';

export interface VocabularyEntry {
  /** The word as written in the lexicon. */
  text: string;
  /** The policy terms it stands for (itself, or a synonym's terms). */
  terms: readonly string[];
}

export interface FuzzyMatch { entry: VocabularyEntry; similarity: number }

// Bitap: the share of a pattern's characters that may be wrong. One wrong character in four
// (购方补贴 → 购房补贴) passes, two in five does not.
const MAX_SCORE = 0.3;
const FUSE_OPTIONS: IFuseOptions<VocabularyEntry> = {
  keys: ['text'], includeScore: true, threshold: MAX_SCORE, ignoreLocation: true, minMatchCharLength: 2,
};

export class FuzzyVocabulary {
  private readonly long: VocabularyEntry[];
  private readonly pairs: VocabularyEntry[];
  /** Character → indexes into `long` of the entries holding it. */
  private readonly byChar = new Map<string, number[]>();

  constructor(entries: readonly VocabularyEntry[]) {
    this.long = entries.filter((e) => e.text.length >= 3);
    this.pairs = entries.filter((e) => e.text.length === 2);
    this.long.forEach((e, i) => {
      for (const ch of new Set(e.text)) this.byChar.set(ch, [...(this.byChar.get(ch) ?? []), i]);
    });
  }

  /** The nearest entry to `word`, or null when nothing is near enough to trust. */
  nearest(word: string): FuzzyMatch | null {
    if (word.length === 2) return this.nearestPair(word);
    if (word.length < 2 || word.length > 12) return null;
    // Bitap over the whole vocabulary costs milliseconds; only entries of about the same length
    // sharing all but a character or two can pass the threshold anyway, so fuse sees just those.
    const shared = new Map<number, number>();
    for (const ch of new Set(word)) for (const i of this.byChar.get(ch) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const candidates = [...shared]
      .filter(([i, n]) => n >= word.length - 2 && Math.abs(this.long[i]!.text.length - word.length) <= 1)
      .map(([i]) => this.long[i]!);
    if (!candidates.length) return null;
    const best = new Fuse(candidates, FUSE_OPTIONS).search(word)
      .filter((r) => (r.score ?? 1) <= MAX_SCORE)
      .sort((a, b) => (a.score ?? 1) - (b.score ?? 1))[0];
    return best ? { entry: best.item, similarity: 1 - (best.score ?? 1) } : null;
  }

  /**
   * Two-character words: one character may differ and the other must stand in the same place
   * (博仕 → 博士). Bitap's scores are too coarse at this length; an ambiguous typo gives nothing.
   */
  private nearestPair(word: string): FuzzyMatch | null {
    const found = this.pairs.filter((e) => e.text !== word &&
      ((e.text[0] === word[0]) !== (e.text[1] === word[1])));
    return found.length === 1 ? { entry: found[0]!, similarity: 0.5 } : null;
  }
}
