/** "谢谢", "好的": a polite close. */
import { THANKS_TEXT } from '../intents/help.js';
import { answered, say } from './say.js';
import { certain, listener } from './types.js';

export const thanks = listener({
  name: 'thanks',
  ceiling: 1,
  match: (p) => certain([p.cues.thanks]),
  reply: (_d, _p, t) => answered(t, say(t, { answer: THANKS_TEXT })),
});
