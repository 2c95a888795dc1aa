/**
 * The model's positive reading that a message lies outside the policy: one out-of-scope family
 * ranked first, on its own as sure as the high band asks (set on the dev split to be 95% right).
 * The listeners that would otherwise answer on shared words alone (money words, a clause sharing a
 * noun, a fact word) give way to it, so that "招应届生有啥补贴" is said to be missing rather than
 * answered with the policy's benefits. The families together may make the band high (a message
 * half oos:points, half oos:local-life); that refuses only where no rule reads the message, never
 * over one that does. A low or middle band is no such reading: a low score never refuses.
 */
import type { Parsed } from '../../understand/index.js';
import { ranker } from '../../model/index.js';

export function outOfScopeSure(p: Pick<Parsed, 'ranking'>): boolean {
  const { band, candidates } = p.ranking;
  const first = candidates[0];
  return band === 'high' && !!first && first.target.startsWith('oos:') && first.score >= (ranker()?.thresholds.high ?? 1);
}
