/**
 * The conversation log of one channel (issue 12): turns and feedback become records in a sink,
 * with the conversation key hashed under the log's secret. The core calls `turn` after each answer
 * (src/dialogue/responder.ts); an adapter calls `feedback` when someone rates an answer (👍/👎,
 * "有用"/"没用") with the conversation key it gave respond() and the answer's `id`.
 */
import { randomBytes } from 'node:crypto';
import type { Answer } from '../answer/types.js';
import type { RecordFeedback } from '../feedback/types.js';
import { isoClock } from './clock.js';
import type { Channel, FeedbackRecord } from './record.js';
import type { LogSink } from './sink.js';
import { turnRecord, type TurnTrace } from './turnRecord.js';

export interface FeedbackInput {
  /** The conversation key the adapter gave respond() for the answer rated (hashed here, never kept). */
  user: string;
  /** Answer.id of the answer rated. */
  answerId: string;
  value: FeedbackRecord['value'];
  /** The channel clicked on; the log's own by default. */
  channel?: Channel;
}

export class ConversationLog {
  /** The time of a record, ISO 8601 (UTC). */
  private readonly now: () => string;
  private failed = false;

  constructor(
    readonly channel: Channel,
    private readonly sink: LogSink,
    /** Conversation key → its keyed hash (secret.ts). */
    private readonly hash: (key: string) => string,
    now?: () => Date,
  ) {
    this.now = now ? () => now().toISOString() : isoClock();
  }

  /** Records a turn and names its answer: sets and returns `answer.id`. */
  turn(user: string, raw: unknown, answer: Answer, trace: TurnTrace, latencyMs: number): string {
    const answerId = this.nextId();
    answer.id = answerId;
    try {
      this.sink.write(turnRecord({
        at: this.now(),
        channel: this.channel,
        conversation: this.hash(user),
        raw: typeof raw === 'string' ? raw : '',
        answer,
        trace,
        latencyMs,
        answerId,
      }));
    } catch (err) {
      // A record that cannot be made must not cost the person their answer.
      if (!this.failed) process.stderr.write(`policy-bot: a turn could not be logged (${(err as Error).message})\n`);
      this.failed = true;
    }
    return answerId;
  }

  /**
   * Unique ids without a random draw a turn: this process's random prefix and a counter
   * ("3f9c1a2b7d4e-1a"). Another process, or this one restarted, has another prefix.
   */
  private readonly idPrefix = randomBytes(6).toString('hex');
  private idCount = 0;
  private nextId(): string {
    return `${this.idPrefix}-${(this.idCount++).toString(36)}`;
  }

  /** Records 👍 ('up') or 👎 ('down') on an answer. */
  feedback(input: FeedbackInput): void {
    this.sink.write({
      kind: 'feedback',
      at: this.now(),
      channel: input.channel ?? this.channel,
      conversation: this.hash(input.user),
      answerId: input.answerId,
      value: input.value,
    });
  }

  /** The adapters' RecordFeedback (src/feedback/types.ts) writing into this log. */
  readonly recordFeedback: RecordFeedback = (f) => {
    this.feedback({ user: f.conversation, answerId: f.answerId, value: f.value, channel: f.channel });
  };

  close(): Promise<void> {
    return this.sink.close();
  }
}

/** Records feedback when a log is kept, and does nothing when it is off (log null or undefined). */
export function logFeedback(log: ConversationLog | null | undefined, input: FeedbackInput): void {
  log?.feedback(input);
}
