import type { LogRecord } from './record.js';

/**
 * Where log records go. The embedded default writes a JSONL file per day (POLICY_LOG_DIR); the
 * scale-out issue adds a shared one (a Redis Stream). `write` must not throw into a conversation:
 * a log that cannot be written is reported by the sink, and the bot goes on answering.
 */
export interface LogSink {
  write(record: LogRecord): void;
  close(): Promise<void>;
}

