/**
 * The asynchronous respond(): load the session from a StateStore, answer the turn synchronously
 * (src/dialogue/responder.ts, answerTurn), save it if no other turn saved first, otherwise load
 * again and redo the turn (optimistic concurrency). Two messages of one conversation handled at
 * the same moment by two processes thus both end up in the session, and each answer reads the
 * facts of every message saved before it.
 *
 * Adapters that may run as several instances call this one (Slack, WeChat, `ask --jsonl`); with
 * the memory store it answers exactly as the synchronous respond() does.
 */
import type { Answer, RespondOptions } from '../answer/types.js';
import { answerTurn, turnDate, type ResponderOptions } from '../dialogue/responder.js';
import { KeyedChain } from './keyedChain.js';
import type { StateStore } from './types.js';

export type AsyncRespond = (user: string, text: string, options?: RespondOptions) => Promise<Answer>;

export interface SharedResponderOptions extends Pick<ResponderOptions, 'now' | 'pipeline' | 'log'> {
  store: StateStore;
  /** Tries of one turn against newer saves before its state is given up (its answer still goes out). */
  maxAttempts?: number;
  /**
   * Where the synchronous turn runs. Default: straight away, in the store's reply callback. The
   * Slack adapter passes its answer queue's run(): a burst's replies from Redis arrive together,
   * and their turns run back to back would hold up the acknowledgement of new requests.
   */
  schedule?: <T>(work: () => T) => Promise<T>;
  /** Told when a turn's state could not be saved after maxAttempts. */
  onConflict?: (user: string) => void;
}

export const SHARED_RESPOND_DEFAULTS = Object.freeze({ maxAttempts: 10 });

export function createSharedResponder(options: SharedResponderOptions): AsyncRespond {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? null;
  const { store } = options;
  const maxAttempts = options.maxAttempts ?? SHARED_RESPOND_DEFAULTS.maxAttempts;
  const chain = new KeyedChain();

  return (user, text, opts) => {
    // Before any await, so a bad date rejects rather than answering.
    const asOf = turnDate(now, opts);
    const who = typeof user === 'string' ? user : String(user);
    return chain.run(who, async () => {
      const started = log ? performance.now() : 0;
      for (let attempt = 1; ; attempt += 1) {
        const loaded = await store.loadSession(who);
        const answer = () => answerTurn(who, text, loaded.session, asOf, options.pipeline);
        const turn = options.schedule ? await options.schedule(answer) : answer();
        // A turn that failed keeps the session as it was; a store that could not be read answers
        // this message on its own and keeps nothing.
        const saved = turn.next === undefined || !loaded.shared || (await store.saveSession(who, loaded.version, turn.next));
        if (saved || attempt >= maxAttempts) {
          if (!saved) options.onConflict?.(who);
          log?.turn(who, text, turn.answer, turn.trace, performance.now() - started);
          return turn.answer;
        }
      }
    });
  };
}
