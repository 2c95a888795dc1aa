/**
 * "高企到期重新认定通过了，算新获批吗": a question about a point the text leaves open. The rule book
 * records those points (`openQuestions`); the one the question shares a phrase with — a phrase the
 * clause itself does not use, so a question merely quoting the clause does not count — is said.
 */
import { knowledge } from '../../knowledge/index.js';
import { rulesForClause } from '../../calculator/index.js';

/** Shorter shared runs are common words (高新, 企业), not the point asked about. */
const MIN_SHARED = 4;

/** The clause's open point the question is about, or null. */
export function openPointAsked(clauseId: string, text: string): string | null {
  const clauseText = knowledge().clause(clauseId)?.text ?? '';
  const points = [...new Set(rulesForClause(clauseId).flatMap((r) => r.openQuestions))];
  let best: { point: string; length: number } | null = null;
  for (const point of points) {
    const length = longestSharedRun(text, point, clauseText);
    if (length >= MIN_SHARED && (!best || length > best.length)) best = { point, length };
  }
  return best?.point ?? null;
}

/** The longest run of `a` found in `b` but not in `exclude`. */
function longestSharedRun(a: string, b: string, exclude: string): number {
  let longest = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = i + longest + 1; j <= a.length; j++) {
      const run = a.slice(i, j);
      if (!b.includes(run)) break;
      if (!exclude.includes(run)) longest = j - i;
    }
  }
  return longest;
}
