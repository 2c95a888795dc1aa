/** Things of the policy the message asks about: a document fact, targets, an unprovided subsidy, or nothing the policy covers. */
import { unprovidedSubsidy } from '../../dialogue/benefits.js';
import { documentFactAsked, moreDocumentFactsAsked } from '../../dialogue/intents/documentFacts.js';
import { targetsAsked } from '../../dialogue/intents/targets.js';
import { offTopicReason } from '../../dialogue/scope.js';
import type { Component } from '../types.js';

export const mentions: Component = {
  name: 'mentions',
  process(m) {
    const text = m.text!;
    const fact = documentFactAsked(text);
    m.mentions = {
      offTopic: offTopicReason(text),
      documentFact: fact ? { fact, more: moreDocumentFactsAsked(text, fact) } : null,
      targets: targetsAsked(text),
      unprovided: unprovidedSubsidy(text),
    };
  },
};
