/**
 * Which turns ran the model: the ranking component (components/ranking.ts) notes each ranking it
 * works out, so the conversation log can read the model's reading of a turn without running the
 * model for a turn a rule settled. Apart from the component so that reading it loads no model.
 */
import type { Ranking } from './types.js';

const worked = new WeakMap<Ranking, Ranking>();

/** Notes that the lazy ranking `r` was worked out as `found`. */
export function noteRanking(r: Ranking, found: Ranking): void {
  worked.set(r, found);
}

/** The ranking if the turn worked it out, else null (a rule settled the turn without the model). */
export function rankingIfRead(r: Ranking): Ranking | null {
  return worked.get(r) ?? null;
}
