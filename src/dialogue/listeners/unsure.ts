/**
 * Just above the catch-all: a question nothing else answered, but whose words some clauses share,
 * is asked about ("您想问的是哪一项？") instead of refused. Refusing needs a positive reason (an
 * off-topic word, another city, a subsidy the policy lacks, or a model's out-of-scope family
 * winning); a low score alone is none (CONTRACT.md).
 */
import { clarifyReply, offersFor } from '../clarify/ask.js';
import { clausesSharingWords } from '../clarify/fallback.js';
import type { Offer } from '../session.js';
import { listener } from './types.js';

const SCORE = 0.1;

export const unsure = listener<Offer[]>({
  name: 'unsure',
  ceiling: SCORE,
  match: (p) => {
    const { band, candidates } = p.ranking;
    // A model sure enough that the question is out of scope has the positive reason.
    if ((band === 'high' || band === 'middle') && candidates[0]?.target.startsWith('oos:')) return null;
    const offers = offersFor(clausesSharingWords(p), p.text);
    return offers.length ? { score: SCORE, evidence: offers.map((o) => o.target), data: offers } : null;
  },
  reply: (offers, _p, t) => clarifyReply(offers, t),
});
