/** The terminal's conversation log (src/log), or the line saying which setting is wrong. */
import { LogSettingError, openConversationLog, type Channel, type ConversationLog } from '../../src/log/index.js';

export function openLog(channel: Extract<Channel, 'cli' | 'jsonl'>): ConversationLog | null | string {
  try {
    return openConversationLog(channel);
  } catch (err) {
    if (err instanceof LogSettingError) return err.message;
    throw err;
  }
}
