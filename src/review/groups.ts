/**
 * Near-duplicate questions grouped (issue 12's unanswered list): two wordings are one question
 * when their character bigrams overlap enough (Jaccard), after dropping spaces and punctuation.
 * Character bigrams suit Chinese, which has no spaces, and need no segmenter: "博士后算不算" and
 * "博士后算不算博士" share 5 of 7 bigrams. Greedy, most frequent wording first, so each group is
 * named by its most frequent wording and a rare one joins the commonest group it resembles.
 */

/** Two wordings this similar (0–1) or more are one question. */
export const SAME_QUESTION = 0.5;

const NOT_CONTENT = /[\s\p{P}\p{S}]/gu;

/** The wording's character bigrams (its one character when it has only one). */
export function bigrams(text: string): Set<string> {
  const chars = Array.from(text.replace(NOT_CONTENT, '').toLowerCase());
  if (chars.length < 2) return new Set(chars);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

export interface Group {
  /** The most frequent wording. */
  label: string;
  count: number;
  /** Distinct wordings, most frequent first. */
  wordings: string[];
}

/** Groups wordings (one entry a question asked), most frequent group first. */
export function groupNearDuplicates(asked: readonly string[], threshold = SAME_QUESTION): Group[] {
  const counts = new Map<string, number>();
  for (const text of asked) counts.set(text, (counts.get(text) ?? 0) + 1);
  // Most frequent first; ties in a fixed order so the report is the same run after run.
  const distinct = [...counts].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]));
  const groups: (Group & { grams: Set<string> })[] = [];
  for (const [text, count] of distinct) {
    const grams = bigrams(text);
    let best: (typeof groups)[number] | undefined;
    let bestScore = threshold;
    for (const g of groups) {
      const score = jaccard(grams, g.grams);
      if (score >= bestScore) [best, bestScore] = [g, score];
    }
    if (best) {
      best.count += count;
      best.wordings.push(text);
    } else groups.push({ label: text, count, wordings: [text], grams });
  }
  return groups
    .sort((a, b) => b.count - a.count || byCode(a.label, b.label))
    .map(({ label, count, wordings }) => ({ label, count, wordings }));
}

/** Plain code-point order: the same on every machine, whatever its locale. */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
