/**
 * Loads the core (src/bot.ts) only when the bot starts, so a settings error is reported before
 * the segmenter's dictionaries are loaded, and gives the Slack bot its own session store.
 */
import type { Respond } from '../../src/answer/types.js';
import type { ConversationLog } from '../../src/log/index.js';
import type { AsyncRespond } from '../../src/state/respond.js';
import type { StateStore } from '../../src/state/types.js';
import { AnswerQueue } from './answerQueue.js';

/**
 * A fresh respond() after loading the policy, the rules and the clause index (~1 s), so that no
 * user's first question waits for them: with its own memory sessions (as before issue 13), or,
 * given a shared store, the asynchronous one that keeps sessions there (src/state/respond.ts).
 */
export async function loadCore(log: ConversationLog | null = null, store?: StateStore): Promise<Respond | AsyncRespond> {
  const [{ createResponder, warmUp }, { createSharedResponder }] = await Promise.all([import('../../src/bot.js'), import('../../src/state/respond.js')]);
  warmUp();
  if (!store || store.kind === 'memory') return createResponder({ log });
  // The turns run in an answer queue of their own, a few milliseconds at a time, as the memory
  // core's do in the outbox's: acknowledgements of new requests never wait behind a burst's answers.
  const turns = new AnswerQueue();
  return createSharedResponder({ store, log, schedule: (work) => turns.run(work) });
}
