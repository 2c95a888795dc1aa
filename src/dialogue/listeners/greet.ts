/** A greeting or a request for help: what the bot is for and how to ask it. */
import { helpText } from '../intents/help.js';
import { answered, say } from './say.js';
import { certain, listener } from './types.js';

export const greet = listener({
  name: 'greet',
  ceiling: 1,
  match: (p) => certain([p.cues.greeting, p.cues.help]),
  reply: (_d, _p, t) => answered(t, say(t, { answer: helpText() })),
});
