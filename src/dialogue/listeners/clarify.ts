/**
 * Asking which of a few things was meant (Answer.clarify), instead of guessing: when the model's
 * ranking is in its low band, or, before a model runs, when the clause search's best hits are
 * several, close and weak (clarify/fallback.ts). Out-of-scope families are never offered: the low
 * band is no positive sign that the question lies outside the policy.
 *
 * Scored below the entitlement rules (a benefit named outright is answered) and above the clause
 * search, whose guess it replaces.
 */
import { clarifyReply, offersFor } from '../clarify/ask.js';
import { closeWeakHits } from '../clarify/fallback.js';
import type { Offer } from '../session.js';
import { listener } from './types.js';

const SCORE = 0.85;

export const clarify = listener<Offer[]>({
  name: 'clarify',
  ceiling: SCORE,
  match: (p) => {
    const { band, candidates } = p.ranking;
    const targets = band === 'low' ? candidates.map((c) => c.target) : band === null ? closeWeakHits(p) : [];
    const offers = offersFor(targets, p.text);
    // One clause is no choice; the search's own answer serves (a low band still asks about its one).
    if (!offers.length || (band === null && offers.length < 2)) return null;
    return { score: SCORE, evidence: offers.map((o) => o.target), data: offers };
  },
  reply: (offers, _p, t) => clarifyReply(offers, t),
});
