/**
 * The conversation log (issue 12): opened by each adapter at start-up from POLICY_LOG,
 * POLICY_LOG_DIR and POLICY_LOG_DAYS, passed to createResponder({ log }), and to the adapter's
 * feedback handler. docs/review.md says what it holds and for how long.
 */
import { DailyFileSink } from './daily.js';
import { ConversationLog } from './log.js';
import type { Channel } from './record.js';
import { conversationHasher, logSecret } from './secret.js';
import { readLogSettings } from './settings.js';
import type { LogSink } from './sink.js';

export { ConversationLog, logFeedback, type FeedbackInput } from './log.js';
export { readLogSettings, DEFAULT_LOG_DIR, DEFAULT_LOG_DAYS, type LogSettings } from './settings.js';
export type { Channel, LogRecord, TurnRecord, FeedbackRecord } from './record.js';
export type { LogSink } from './sink.js';

/** A setting the log cannot run with; the message names the variable. */
export class LogSettingError extends Error {}

/**
 * The channel's log as the environment sets it, or null when POLICY_LOG=off. Throws
 * LogSettingError for a malformed setting or a folder that cannot be made or written.
 */
export function openConversationLog(
  channel: Channel,
  env: NodeJS.ProcessEnv = process.env,
  /** The state store's log sink around the day files (src/state: a Redis Stream shared by instances). */
  shared?: (local: LogSink, days: number) => LogSink,
): ConversationLog | null {
  const read = readLogSettings(env);
  if (!read.ok) throw new LogSettingError(read.error);
  const { settings } = read;
  if (!settings.enabled) return null;
  try {
    const sink = new DailyFileSink({
      dir: settings.dir,
      days: settings.days,
      onError: (err) => process.stderr.write(`policy-bot: the conversation log could not be written (${err.message}); answering goes on without it\n`),
    });
    return new ConversationLog(channel, shared ? shared(sink, settings.days) : sink, conversationHasher(logSecret(settings.dir)));
  } catch (err) {
    throw new LogSettingError(`POLICY_LOG_DIR: cannot keep the conversation log in ${settings.dir}: ${(err as Error).message} (set POLICY_LOG=off to run without it)`);
  }
}
