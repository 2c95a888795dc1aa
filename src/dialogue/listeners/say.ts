/** Builders every listener replies with: the Answer, and the session after it. */
import type { Answer } from '../../answer/types.js';
import { reply, type ReplyParts } from '../reply.js';
import type { Topic } from '../topic.js';
import type { Facts } from '../facts/types.js';
import type { TurnContext, TurnResult } from './types.js';

export function say(t: TurnContext, parts: ReplyParts): Answer {
  return reply(t.user, t.validity, parts);
}

export interface NextSession {
  /** Default: the topic before the turn. */
  topic?: Topic | null;
  /** Default: the facts before the turn (the message's own facts are not kept). */
  facts?: Facts;
  /** Default: none; the questions asked before are no longer open. */
  pending?: string[];
}

export function answered(t: TurnContext, answer: Answer, next: NextSession = {}): TurnResult {
  return {
    answer,
    next: {
      topic: next.topic === undefined ? t.session.topic : next.topic,
      facts: next.facts ?? t.session.facts,
      pending: next.pending ?? [],
    },
  };
}
