/** "第22条": the policy has items 1 to 21; say so rather than guess. */
import { answered, say } from './say.js';
import { certain, listener } from './types.js';

export const missingItem = listener({
  name: 'missingItem',
  ceiling: 1,
  match: (p) => certain([p.clauses.missingItem]),
  reply: (_d, p, t) => answered(t, say(t, { answer: p.clauses.missingItem! })),
});
