/**
 * Whether a message is an entitlement question, and about which benefits: the ones it names, the
 * ones the conversation was about (ellipsis), or every benefit (a broad "有哪些补贴").
 */
import { BROAD_CUE } from '../benefits.js';
import type { Topic } from '../topic.js';

export interface RouteInput {
  text: string;
  named: string[];
  topic: Topic | null;
  /** Facts stated in this message. */
  hasFacts: boolean;
  /** Facts known from this message or earlier ones. */
  anyFacts: boolean;
  anaphoric: boolean;
  money: boolean;
}

export type Route =
  | { kind: 'entitlement'; benefits: string[]; specific: boolean }
  | { kind: 'catalogue' }
  | { kind: 'none' };

/** A message this short that names a benefit is a question about it ("高企认定奖励", "房补"). */
const SHORT = 8;

export function chooseBenefits(input: RouteInput): Route {
  const { text, named, topic, hasFacts, anyFacts, anaphoric, money } = input;
  const broad = BROAD_CUE.test(text);
  const short = text.replace(/[\s\p{P}\p{S}]/gu, '').length <= SHORT;
  if (named.length && (money || hasFacts || broad || short)) return { kind: 'entitlement', benefits: named, specific: true };
  if (named.length) return { kind: 'none' };
  if (topic?.benefits.length && (hasFacts || anaphoric || (money && short))) {
    return { kind: 'entitlement', benefits: topic.benefits, specific: topic.specific };
  }
  if (anyFacts && (money || broad)) return { kind: 'entitlement', benefits: [], specific: false };
  if (money && broad) return { kind: 'catalogue' };
  return { kind: 'none' };
}
