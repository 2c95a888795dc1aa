/**
 * "2", "第二个", "贴息那个" after a list of options: the option picked is answered as if the first
 * message had been about it (clarify/answerTarget.ts), read with that message's words, so a money
 * question still hears whether the clause sets money. A reply that picks nothing falls through to
 * the other listeners, and the offer is gone after this turn whatever happens.
 */
import { understand } from '../../understand/index.js';
import { answerTarget } from '../clarify/answerTarget.js';
import { targetKind } from '../clarify/options.js';
import { pickedOffer } from '../clarify/pick.js';
import type { Offer } from '../session.js';
import { listener } from './types.js';

export const picked = listener<Offer>({
  name: 'picked',
  ceiling: 1,
  match: (p, t) => {
    const offer = pickedOffer(p, t.session.offer);
    return offer && targetKind(offer.target) ? { score: 1, evidence: [offer.target], data: offer } : null;
  },
  reply: (offer, _p, t) => {
    const asked = understand(offer.question, { asOf: t.asOf, topic: t.session.topic, pending: t.session.pending });
    return answerTarget(offer.target, asked, t)!;
  },
});
