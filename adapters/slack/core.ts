/**
 * Loads the core (src/bot.ts) only when the bot starts, so a settings error is reported before
 * the segmenter's dictionaries are loaded, and gives the Slack bot its own session store.
 */
import type { Respond } from '../../src/answer/types.js';
import type { ConversationLog } from '../../src/log/index.js';
import type { AsyncRespond } from '../../src/state/respond.js';
import type { StateStore } from '../../src/state/types.js';

/**
 * A fresh respond() after loading the policy, the rules and the clause index (~1 s), so that no
 * user's first question waits for them: with its own memory sessions (as before issue 13), or,
 * given a shared store, the asynchronous one that keeps sessions there (src/state/respond.ts).
 */
export async function loadCore(log: ConversationLog | null = null, store?: StateStore): Promise<Respond | AsyncRespond> {
  const [{ createResponder, warmUp }, { createSharedResponder }] = await Promise.all([import('../../src/bot.js'), import('../../src/state/respond.js')]);
  warmUp();
  return store && store.kind !== 'memory' ? createSharedResponder({ store, log }) : createResponder({ log });
}
