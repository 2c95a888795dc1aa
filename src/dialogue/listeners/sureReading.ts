/**
 * The model's sure reading of a message as one clause or benefit: its first target in the high band
 * at CLAUSE_SURE or more, a clause or a benefit (not a topic, a document fact or an out-of-scope
 * family). The rules that read one word and win outright (a procedure word, an off-topic word, a
 * units word) give way to it where the word was only part of what the asker described:
 * applying for an expert workstation is item 2's, a company going public item 14's.
 */
import type { Parsed } from '../../understand/index.js';
import { clauseOfTarget } from '../../model/answers.js';

/**
 * How sure is sure: on the bank's dev split (2026-12-01), every message naming benefits of other
 * clauses whose first target was a clause at 0.85 or more was that clause's (5 of 5).
 */
export const CLAUSE_SURE = 0.85;

/** The clause or benefit the model surely reads, or null. */
export function sureTarget(p: Pick<Parsed, 'ranking'>): string | null {
  const { band, candidates } = p.ranking;
  const first = candidates[0];
  if (band !== 'high' || !first || first.score < CLAUSE_SURE) return null;
  return clauseOfTarget(first.target) !== null ? first.target : null;
}

/** The clause of the model's sure reading, or null. */
export function sureClause(p: Pick<Parsed, 'ranking'>): string | null {
  const target = sureTarget(p);
  return target && clauseOfTarget(target);
}
