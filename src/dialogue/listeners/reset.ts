/** "重新开始": forget the conversation. */
import { RESET_TEXT } from '../intents/help.js';
import { say } from './say.js';
import { certain, listener } from './types.js';

export const reset = listener({
  name: 'reset',
  ceiling: 1,
  match: (p) => certain([p.cues.reset]),
  reply: (_d, _p, t) => ({ answer: say(t, { answer: RESET_TEXT }), next: null }),
});
