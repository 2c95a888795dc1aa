/** "第16条和第17条有什么区别", "第3条和第6条谁牵头": each clause in turn, all cited. */
import { line } from '../../answer/parts.js';
import { answerUnits } from '../intents/clauseLookup.js';
import { leadUnitsOf } from '../reply.js';
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
    const bodies = several.map((id) => (p.cues.units !== null ? answerUnits(id, bare) : clauseReply(p, t, id, undefined, bare)));
    // A blank line between clauses; the one note after them all.
    const lines = bodies.flatMap((b, i) => (i ? [line('text', ''), ...b.lines] : b.lines));
    const draft = { lines, citations: bodies.flatMap((b) => b.citations), validity: { lead: leadUnitsOf(several) } };
    return answered(t, say(t, draft), { topic: clauseTopic(several[0]!) });
  },
});
