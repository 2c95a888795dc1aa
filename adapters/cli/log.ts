/** The terminal's conversation log (src/log), or the line saying which setting is wrong. */
import { LogSettingError, openConversationLog, type Channel, type ConversationLog, type LogSink } from '../../src/log/index.js';

export function openLog(channel: Extract<Channel, 'cli' | 'jsonl'>, shared?: (local: LogSink, days: number) => LogSink): ConversationLog | null | string {
  try {
    return openConversationLog(channel, process.env, shared);
  } catch (err) {
    if (err instanceof LogSettingError) return err.message;
    throw err;
  }
}
