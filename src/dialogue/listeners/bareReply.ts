/** "是的" after a question that is no longer open (a clause was looked up in between). */
import { BARE_REPLY_TEXT } from '../intents/help.js';
import { answered, say } from './say.js';
import { listener } from './types.js';

export const bareReply = listener({
  name: 'bareReply',
  ceiling: 0.2,
  match: (p) => (p.cues.bareYesNo !== null ? { score: 0.2, evidence: [p.cues.bareYesNo], data: undefined } : null),
  reply: (_d, _p, t) => answered(t, say(t, { answer: BARE_REPLY_TEXT }), { facts: t.facts }),
});
