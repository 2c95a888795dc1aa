/**
 * Feedback → a line of the conversation log. The channel's conversation key is hashed here, so no
 * raw Slack or WeChat id reaches the sink (docs/review.md).
 */
import type { FeedbackRecord } from '../log/record.js';
import type { LogSink } from '../log/sink.js';
import type { RecordFeedback } from './types.js';

export interface FeedbackRecorderOptions {
  /** The log's keyed hash of a conversation key (HMAC under the log's secret). */
  hash: (conversationKey: string) => string;
  now?: () => Date;
}

/** A RecordFeedback that writes FeedbackRecords to `sink`. */
export function feedbackRecorder(sink: LogSink, options: FeedbackRecorderOptions): RecordFeedback {
  const now = options.now ?? (() => new Date());
  return (feedback) => {
    const record: FeedbackRecord = {
      kind: 'feedback',
      at: now().toISOString(),
      channel: feedback.channel,
      conversation: options.hash(feedback.conversation),
      answerId: feedback.answerId,
      value: feedback.value,
    };
    sink.write(record);
  };
}
