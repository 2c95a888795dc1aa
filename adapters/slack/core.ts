/**
 * Loads the core (src/bot.ts) only when the bot starts, so a settings error is reported before
 * the segmenter's dictionaries are loaded, and gives the Slack bot its own session store.
 */
import type { Respond } from '../../src/answer/types.js';
import type { ConversationLog } from '../../src/log/index.js';

/**
 * A fresh respond() with the Slack bot's own session store, after loading the policy, the rules
 * and the clause index (~1 s), so that no user's first question waits for them.
 */
export async function loadCore(log: ConversationLog | null = null): Promise<Respond> {
  const { createResponder, warmUp } = await import('../../src/bot.js');
  warmUp();
  return createResponder({ log });
}
