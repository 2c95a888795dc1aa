/**
 * Which answer a word of feedback is about (issue 12). On WeChat there are no buttons: "有用",
 * "没用", 👍 or 👎 (knowledge/language/zh/feedback.json) sent right after an answer, in the same
 * conversation, is feedback on that answer. This remembers each conversation's last answer for a
 * while; any other message replaces it, so a feedback word is only ever about the answer just
 * before it, and the same word anywhere else is asked as usual.
 *
 * Per bot instance (not module-global) and bounded, so a bot in many chats keeps a fixed amount.
 */
import type { FeedbackValue } from '../../src/feedback/types.js';

export const FEEDBACK_DEFAULTS = Object.freeze({
  /** Past this, a word of feedback is taken as a new message: the answer is too far back to be meant. */
  windowMs: 30 * 60_000,
  /** Conversations remembered at once; the oldest is forgotten first. */
  maxConversations: 10_000,
});

export interface FeedbackMemoryOptions {
  windowMs?: number;
  maxConversations?: number;
  now?: () => number;
}

/** What to do with a word of feedback: which answer it is about, and whether it is news. */
export interface FeedbackTarget {
  /** Absent when the answer had no id (no log kept): the word is thanked, not recorded. */
  answerId: string | undefined;
  /** False when the same word was already given on this answer: thanked again, recorded once. */
  record: boolean;
}

export interface FeedbackMemory {
  /** The conversation's latest message was answered (with this id, when the core named it). */
  answered(key: string, answerId: string | undefined): void;
  /** The conversation's latest message was not answered (a failure): nothing to give feedback on. */
  forget(key: string): void;
  /** The answer a word of feedback is about, or undefined when none is fresh: then it is a question. */
  feedback(key: string, value: FeedbackValue): FeedbackTarget | undefined;
}

export function createFeedbackMemory(options: FeedbackMemoryOptions = {}): FeedbackMemory {
  const windowMs = options.windowMs ?? FEEDBACK_DEFAULTS.windowMs;
  const max = options.maxConversations ?? FEEDBACK_DEFAULTS.maxConversations;
  const now = options.now ?? Date.now;
  const last = new Map<string, { answerId: string | undefined; at: number; given?: FeedbackValue }>();
  return {
    answered(key, answerId) {
      last.delete(key); // re-inserted last: the Map's order is the order of use
      last.set(key, { answerId, at: now() });
      if (last.size > max) last.delete(last.keys().next().value!);
    },
    forget(key) {
      last.delete(key);
    },
    feedback(key, value) {
      const entry = last.get(key);
      if (!entry || now() - entry.at > windowMs) return undefined;
      const record = entry.given !== value && entry.answerId !== undefined;
      entry.given = value;
      return { answerId: entry.answerId, record };
    },
  };
}
