/** "第16条和第17条有什么区别", "第3条和第6条谁牵头": each clause in turn, all cited. */
import { validityNote } from '../../answer/format.js';
import { knowledge } from '../../knowledge/index.js';
import { answerUnits } from '../intents/clauseLookup.js';
import { clauseTopic } from '../topic.js';
import { clauseReply } from './clauseReply.js';
import { answered, say } from './say.js';
import { certain, listener } from './types.js';

export const severalClauses = listener({
  name: 'severalClauses',
  ceiling: 1,
  match: (p) => certain(p.clauses.several),
  reply: (_d, p, t) => {
    const several = p.clauses.several;
    // One validity note for all of them, naming every lead unit, instead of one per clause.
    const bare = { withValidity: false };
    const bodies = several.map((id) => (p.cues.units !== null ? answerUnits(id, t.validity, bare) : clauseReply(p, t, id, undefined, bare)));
    const answer = bodies.map((b) => b.answer).join('\n\n');
    const note = validityNote(t.validity, [...new Set(several.flatMap((id) => knowledge().clause(id)?.lead ?? []))]);
    return answered(t, say(t, { answer: `${answer}\n${note}`, citations: bodies.flatMap((b) => b.citations) }), { topic: clauseTopic(several[0]!) });
  },
});
