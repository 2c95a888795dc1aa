/**
 * createResponder: an isolated respond() with its own session store. Each adapter process and
 * each test makes its own; src/bot.ts holds the shared default.
 */
import type { Answer, Respond, RespondOptions } from '../answer/types.js';
import { ERROR_TEXT } from './intents/help.js';
import { reply } from './reply.js';
import { SessionStore } from './session.js';
import { turn, type TurnOptions } from './turn.js';
import { isIsoDate, todayInChina, validityOn } from './validity.js';

export interface ResponderOptions {
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** A conversation idle this long is forgotten (default 30 minutes). */
  idleMs?: number;
  /** At most this many conversations are kept; the least recently used goes first (default 10000). */
  maxSessions?: number;
  /** The understanding pipeline (default: src/understand's); tests put in a ranking of their own. */
  pipeline?: TurnOptions['pipeline'];
}

export function createResponder(options: ResponderOptions = {}): Respond {
  const now = options.now ?? (() => new Date());
  const store = new SessionStore({ idleMs: options.idleMs, maxSessions: options.maxSessions, now: () => now().getTime() });

  return function respond(user: string, text: string, opts?: RespondOptions): Answer {
    const asOf = opts?.asOf ?? todayInChina(now());
    // asOf comes from configuration (--as-of, POLICY_AS_OF), which adapters check at start-up.
    if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a date as YYYY-MM-DD, got "${asOf}"`);
    const who = typeof user === 'string' ? user : String(user);
    const session = store.get(who);
    try {
      const { answer, next } = turn(who, text, session, asOf, options.pipeline ? { pipeline: options.pipeline } : {});
      if (next) Object.assign(session, next);
      else store.reset(who);
      return answer;
    } catch (err) {
      // A bug on one message must not end the conversation or the process; the session is untouched.
      if (process.env.POLICY_DEBUG) process.stderr.write(`respond: ${(err as Error).stack ?? err}\n`);
      return reply(who, validityOn(asOf), { answer: ERROR_TEXT });
    }
  };
}
