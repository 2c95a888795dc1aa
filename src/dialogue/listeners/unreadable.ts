/**
 * Letters that look like pinyin but spell no words the bot knows (issue 14): said to be unreadable,
 * with how to write it so it can be read. Never "out of scope": the bot cannot tell what was asked.
 */
import { message } from '../../answer/messages.js';
import { answered, say } from './say.js';
import { certain, listener } from './types.js';

export const unreadable = listener({
  name: 'unreadable',
  ceiling: 1,
  match: (p) => certain([p.latin?.unreadable ? `(${p.latin.via})` : null]),
  // The open questions stay open: a garbled reply to one can be typed again.
  reply: (_d, _p, t) => answered(t, say(t, { answer: message('unreadable') }), { pending: t.session.pending, offer: t.session.offer }),
});
