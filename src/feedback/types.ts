import type { Channel, FeedbackRecord } from '../log/record.js';

/** 👍 or 👎. */
export type FeedbackValue = FeedbackRecord['value'];

/**
 * Feedback as a channel sees it: `conversation` is the channel's own key (a Slack or WeChat id
 * inside), which the recorder hashes before anything is written.
 */
export interface Feedback {
  channel: Channel;
  conversation: string;
  answerId: string;
  value: FeedbackValue;
}

/** What an adapter calls on a click or a word of feedback. Must not throw into the conversation. */
export type RecordFeedback = (feedback: Feedback) => void;
