/**
 * A conversation log in memory for the feedback tests: the records a sink was given, and a way to
 * wait for the next one (an event, not the clock).
 */
import { createHmac } from 'node:crypto';
import type { Answer, Respond } from '../src/answer/types.js';
import { feedbackRecorder } from '../src/feedback/recorder.js';
import type { RecordFeedback } from '../src/feedback/types.js';
import type { LogRecord } from '../src/log/record.js';
import type { LogSink } from '../src/log/sink.js';

export interface MemoryLog extends LogSink {
  records: LogRecord[];
  /** Resolves once `count` records were written in all. */
  waitFor(count: number): Promise<LogRecord[]>;
  recordFeedback: RecordFeedback;
}

export const TEST_LOG_SECRET = 'test-log-secret';

export function memoryLog(): MemoryLog {
  const records: LogRecord[] = [];
  const waiters: (() => void)[] = [];
  const sink: MemoryLog = {
    records,
    write(record) {
      records.push(record);
      for (const wake of waiters.splice(0)) wake();
    },
    close: async () => {},
    async waitFor(count) {
      while (records.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
      return records;
    },
    recordFeedback: () => {},
  };
  sink.recordFeedback = feedbackRecorder(sink, { hash: (key) => createHmac('sha256', TEST_LOG_SECRET).update(key).digest('hex') });
  return sink;
}

/** The core's answers, each named (as the core names them when it keeps a log). */
export function namingAnswers(respond: Respond): Respond & { answers: Answer[] } {
  const answers: Answer[] = [];
  const named = ((user, text, options) => {
    const answer = respond(user, text, options);
    answer.id ??= `ans-${answers.length + 1}`;
    answers.push(answer);
    return answer;
  }) as Respond & { answers: Answer[] };
  named.answers = answers;
  return named;
}
