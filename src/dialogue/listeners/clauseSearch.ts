/** Free text: the clause whose words best cover the question, quoting the sentence that matched. */
import { sentenceOf, type ClauseHit } from '../clauseFinder.js';
import { clauseTopic } from '../topic.js';
import { clauseReply } from './clauseReply.js';
import { answered, say } from './say.js';
import { outOfScopeSure } from './outOfScopeSure.js';
import { listener } from './types.js';

/** A hit's score rises with the share of the question the clause covers, below the entitlement's. */
const FLOOR = 0.4;
const SPAN = 0.4;

export const clauseSearch = listener<ClauseHit>({
  name: 'clauseSearch',
  ceiling: FLOOR + SPAN,
  match: (p) => {
    // A clause sharing a word ("大学生就业见习补贴" and item 17's 就业) is no answer to what the
    // model surely reads as out of scope.
    if (outOfScopeSure(p)) return null;
    const best = p.analysis.find(1, p.benefits.named.length > 0, p.cues.money !== null)[0];
    return best ? { score: FLOOR + SPAN * Math.min(1, best.coverage), evidence: [best.clauseId, best.via], data: best } : null;
  },
  reply: (best, p, t) => answered(t, say(t, clauseReply(p, t, best.clauseId, sentenceOf(best))), { topic: clauseTopic(best.clauseId), facts: t.facts }),
});
