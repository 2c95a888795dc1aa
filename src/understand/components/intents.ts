/**
 * Candidate intents, ranked, each with a score and the evidence it rests on: what the rules read
 * from the message alone, before the conversation is taken into account. A reading that cannot be
 * wrong (a clause number, a greeting) scores 1; cue words score less, since the same words occur
 * in other questions ("日期" in "3年期"). A trained classifier (the question-bank issue) adds its
 * candidates here, as a component after this one.
 */
import { RULE_SCORES } from '../scores.js';
import { lazily } from '../lazily.js';
import type { Component, Draft, IntentCandidate } from '../types.js';

export const intents: Component = {
  name: 'intents',
  process(m) {
    // The candidates rest on the facts and benefits: read only when a listener below the certain
    // rules is asked (listeners/choose.ts), or a later component adds its own.
    lazily(m, 'intents', () => candidates(m));
  },
};

function candidates(m: Draft): IntentCandidate[] {
  const { cues, clauses, mentions, benefits, facts } = m as Required<typeof m>;
  const found: IntentCandidate[] = [];
  const add = (intent: keyof typeof RULE_SCORES, evidence: (string | null | undefined | false)[]) => {
    const words = evidence.filter((e): e is string => typeof e === 'string');
    if (words.length) found.push({ intent, score: RULE_SCORES[intent], evidence: words });
  };
  add('empty', [m.text === '' && '(empty)']);
  add('reset', [cues.reset]);
  add('greet', [cues.greeting, cues.help]);
  add('thanks', [cues.thanks]);
  add('clauses', clauses.several.length ? clauses.several : []);
  add('clause', [clauses.numbered]);
  add('missingItem', [clauses.missingItem && 'nonexistent item']);
  add('documentFact', mentions.documentFact ? [mentions.documentFact.fact, ...mentions.documentFact.more] : []);
  add('outOfScope', [mentions.offTopic]);
  add('targets', mentions.targets.map((t) => t.metric));
  add('unprovided', [mentions.unprovided]);
  add('units', [cues.units]);
  add('benefit', benefits.named);
  add('amount', [cues.money, cues.amountAsked]);
  add('broad', [cues.broad]);
  add('procedure', [cues.procedure]);
  add('facts', facts.statements.map((s) => `${s.fact}=${String(s.value)}`));
  return found.sort((a, b) => b.score - a.score);
}

