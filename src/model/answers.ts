/**
 * Whether an answer answers a bank target: what "routed right" means when a bank example is put to
 * respond() (the dev-split test, npm run eval). A benefit counts as answered by its clause; an
 * out-of-scope family only by a refusal; the rest by anything but one.
 */
import type { Answer } from '../answer/types.js';
import { rule } from '../calculator/index.js';
import { knowledge } from '../knowledge/index.js';

/** The clause a target stands for, or null for targets that are not a clause or a benefit. */
export function clauseOfTarget(target: string): string | null {
  if (knowledge().clause(target)) return target;
  return rule(target)?.clause ?? null;
}

export function answersTarget(target: string, answer: Answer): boolean {
  if (target.startsWith('oos:')) return answer.outOfScope;
  if (answer.outOfScope) return false;
  const clause = clauseOfTarget(target);
  if (clause) return answer.citations[0] === clause;
  if (target.startsWith('doc:')) return answer.citations[0] === 'notice' || answer.citations[0] === 'preamble';
  return true;
}
