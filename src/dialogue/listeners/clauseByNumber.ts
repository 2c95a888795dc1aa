/** "第十七条", "17條讲什么": the clause, or only its units when that is all the message asks. */
import { answerUnits } from '../intents/clauseLookup.js';
import { clauseTopic } from '../topic.js';
import { clauseReply } from './clauseReply.js';
import { answered, say } from './say.js';
import { certain, listener } from './types.js';

export const clauseByNumber = listener({
  name: 'clauseByNumber',
  ceiling: 1,
  match: (p) => certain([p.clauses.numbered]),
  reply: (_d, p, t) => {
    const id = p.clauses.numbered!;
    // "第11条免费厂房几年，谁负责" asks more than the units: the clause, whose answer names them too.
    const unitsOnly = p.cues.units !== null && !p.clauses.asksBeyondUnits;
    return answered(t, say(t, unitsOnly ? answerUnits(id) : clauseReply(p, t, id)), { topic: clauseTopic(id) });
  },
});
