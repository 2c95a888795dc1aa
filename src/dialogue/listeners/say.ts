/** Builders every listener replies with: the Answer, and the session after it. */
import type { Answer } from '../../answer/types.js';
import { reply, type ReplyParts } from '../reply.js';
import type { Topic } from '../topic.js';
import type { Facts } from '../facts/types.js';
import type { Offer } from '../session.js';
import type { TurnContext, TurnResult } from './types.js';

export function say(t: TurnContext, parts: ReplyParts): Answer {
  return reply(t.user, t.validity, parts);
}

export interface NextSession {
  /** Default: the topic before the turn. */
  topic?: Topic | null;
  /**
   * Default: the facts before the turn with the message's own merged in. A fact stated beside a
   * question some other listener answers ("我是全日制博士，第17条讲什么") is still the asker's, and
   * dropping it would make the bot ask it again later.
   */
  facts?: Facts;
  /** Default: none; the questions asked before are no longer open. */
  pending?: string[];
  /** Default: none; an offer is good for the next message only. */
  offer?: Offer[];
}

export function answered(t: TurnContext, answer: Answer, next: NextSession = {}): TurnResult {
  return {
    answer,
    next: {
      topic: next.topic === undefined ? t.session.topic : next.topic,
      facts: next.facts ?? t.facts,
      pending: next.pending ?? [],
      offer: next.offer ?? [],
    },
  };
}
