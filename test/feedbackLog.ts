/**
 * The real conversation log (src/log ConversationLog) over a sink in memory, for the feedback
 * tests: the core records its turns and names its answers in it, the adapters record feedback in
 * it, and a test can wait for the next record (an event, not the clock).
 */
import { randomBytes } from 'node:crypto';
import { ConversationLog } from '../src/log/log.js';
import type { Channel, FeedbackRecord, LogRecord } from '../src/log/record.js';
import { conversationHasher } from '../src/log/secret.js';

export interface MemoryLog {
  log: ConversationLog;
  records: LogRecord[];
  feedback(): FeedbackRecord[];
  /** Resolves once `count` feedback records were written in all. */
  waitForFeedback(count: number): Promise<FeedbackRecord[]>;
}

export function memoryLog(channel: Channel): MemoryLog {
  const records: LogRecord[] = [];
  const waiters: (() => void)[] = [];
  const feedback = () => records.filter((r): r is FeedbackRecord => r.kind === 'feedback');
  const sink = {
    write(record: LogRecord) {
      records.push(record);
      for (const wake of waiters.splice(0)) wake();
    },
    close: async () => {},
  };
  return {
    log: new ConversationLog(channel, sink, conversationHasher(randomBytes(32))),
    records,
    feedback,
    async waitForFeedback(count) {
      while (feedback().length < count) await new Promise<void>((resolve) => waiters.push(resolve));
      return feedback();
    },
  };
}
