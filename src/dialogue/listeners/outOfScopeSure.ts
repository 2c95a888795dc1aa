/**
 * The model's positive reading that a message lies outside the policy: one out-of-scope family
 * ranked first, on its own as sure as the high band asks (set on the dev split to be 95% right).
 * The listeners that would otherwise answer on shared words alone (money words, a clause sharing a
 * noun, a fact word) give way to it, so that money for hiring new graduates (a group the policy does not name) is said to be missing rather than
 * answered with the policy's benefits. The families together may make the band high (a message
 * half oos:points, half oos:local-life); that refuses only where no rule reads the message, never
 * over one that does. A low or middle band is no such reading: a low score never refuses.
 */
import type { Parsed } from '../../understand/index.js';
import { ranker } from '../../model/index.js';

/**
 * How sure the family must be when the message states facts of the asker's ("I have a master's, any subsidy?"):
 * those are the calculator's to answer with what they rule out, unless the subject is plainly
 * elsewhere (pandemic relief for sole traders, rent help for students: knowledge/bank/out-of-scope.md). On the dev split (npm run train of
 * 2026-11-30), every message stating a fact with an out-of-scope family first at 0.85 or more was
 * out of scope (8 of 8); in-scope ones stating facts reached 0.56.
 */
export const SURE_WITH_FACTS = 0.85;

export function outOfScopeSure(p: Pick<Parsed, 'ranking'>, withFacts = false): boolean {
  const { band, candidates } = p.ranking;
  const first = candidates[0];
  const bar = Math.max(ranker()?.thresholds.high ?? 1, withFacts ? SURE_WITH_FACTS : 0);
  return band === 'high' && !!first && first.target.startsWith('oos:') && first.score >= bar;
}
