/**
 * Whether a message is an entitlement question, and about which benefits: the ones it names, the
 * ones the conversation was about (ellipsis), or every benefit (a broad "有哪些补贴").
 */
import type { Topic } from '../topic.js';

export interface RouteInput {
  /** A broad question ("有哪些补贴"). */
  broad: boolean;
  /** At most a few characters besides punctuation ("高企认定奖励", "房补"). */
  short: boolean;
  named: string[];
  topic: Topic | null;
  /** Facts stated in this message. */
  hasFacts: boolean;
  /** Facts known from this message or earlier ones. */
  anyFacts: boolean;
  anaphoric: boolean;
  money: boolean;
  /** The message has no subject besides money words and question glue ("有补贴吗", "能拿多少钱"). */
  subjectless: boolean;
  /** The message names a subject of its own that is no benefit and no fact ("那天使投资基金呢"). */
  ownSubject?: boolean;
}

export type Route =
  /** benefits: the rules to evaluate ([] = all); named: those the user asked about by name. */
  | { kind: 'entitlement'; benefits: string[]; named: string[] }
  | { kind: 'catalogue' }
  | { kind: 'none' };

export function chooseBenefits(input: RouteInput): Route {
  const { broad, short, named, topic, hasFacts, anyFacts, anaphoric, money, subjectless, ownSubject = false } = input;
  // "…第一次在这里创业，有什么补贴": every benefit the facts bear on, the named ones first.
  if (broad && anyFacts) return { kind: 'entitlement', benefits: [], named };
  if (named.length && (money || hasFacts || broad || short)) return { kind: 'entitlement', benefits: named, named };
  if (named.length) return { kind: 'none' };
  if (topic?.benefits.length && (hasFacts || (!ownSubject && (anaphoric || (money && short))))) {
    return { kind: 'entitlement', benefits: topic.benefits, named: topic.specific ? topic.benefits : [] };
  }
  if (anyFacts && money) return { kind: 'entitlement', benefits: [], named: [] };
  // "我是博士" with nothing asked yet: what the policy offers someone like that.
  if (hasFacts && !topic?.benefits.length) return { kind: 'entitlement', benefits: [], named: [] };
  // "有补贴吗" with no topic: the money word alone must not pick the one clause that says 补贴 most.
  if (money && (broad || subjectless)) return { kind: 'catalogue' };
  return { kind: 'none' };
}
