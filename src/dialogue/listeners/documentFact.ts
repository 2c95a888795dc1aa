/** 文号, issuer, date, period, in force…: the document's own facts. */
import { answerDocumentFact } from '../intents/documentFacts.js';
import { answered, say } from './say.js';
import { listener } from './types.js';

/** Facts of the document whose cue words never occur in a benefit question. */
const UNAMBIGUOUS_DOC_FACTS = new Set(['docNumber', 'meeting', 'recipients', 'overview']);

export const documentFact = listener({
  name: 'documentFact',
  ceiling: 1,
  match: (p) => {
    const asked = p.mentions.documentFact;
    // "博士毕业5年了还能申请创业补贴吗" is about the benefit, not about whether the document is in force.
    if (!asked || (p.benefits.named.length && !UNAMBIGUOUS_DOC_FACTS.has(asked.fact))) return null;
    return { score: 1, evidence: [asked.fact, ...asked.more], data: asked };
  },
  reply: (asked, _p, t) => answered(t, say(t, answerDocumentFact(asked.fact, t.validity, asked.more))),
});
