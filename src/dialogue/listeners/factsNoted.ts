/** Facts with no question yet ("我是博士"): remember them and ask what the asker wants to know. */
import { FACTS_NOTED } from '../intents/help.js';
import { answered, say } from './say.js';
import { listener } from './types.js';

export const factsNoted = listener({
  name: 'factsNoted',
  ceiling: 0.3,
  match: (p) => (p.facts.statements.length ? { score: 0.3, evidence: p.facts.statements.map((s) => s.fact), data: undefined } : null),
  reply: (_d, _p, t) => answered(t, say(t, { answer: FACTS_NOTED }), { facts: t.facts }),
});
