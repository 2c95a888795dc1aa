/**
 * createResponder: an isolated respond() with its own session store. Each adapter process and
 * each test makes its own; src/bot.ts holds the shared default.
 */
import type { Answer, Respond, RespondOptions } from '../answer/types.js';
import { ERROR_TEXT } from './intents/help.js';
import { reply } from './reply.js';
import { SessionStore } from './session.js';
import { turn, type TurnOptions } from './turn.js';
import type { ConversationLog } from '../log/log.js';
import type { TurnTrace } from '../log/turnRecord.js';
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
  /** The conversation log (src/log): every turn is recorded and its answer gets an `id`. None: no log, no id. */
  log?: ConversationLog | null;
}

export function createResponder(options: ResponderOptions = {}): Respond {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? null;
  const store = new SessionStore({ idleMs: options.idleMs, maxSessions: options.maxSessions, now: () => now().getTime() });

  return function respond(user: string, text: string, opts?: RespondOptions): Answer {
    const asOf = opts?.asOf ?? todayInChina(now());
    // asOf comes from configuration (--as-of, POLICY_AS_OF), which adapters check at start-up.
    if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a date as YYYY-MM-DD, got "${asOf}"`);
    const who = typeof user === 'string' ? user : String(user);
    const session = store.get(who);
    const started = log ? performance.now() : 0;
    let answer: Answer;
    let trace: TurnTrace;
    try {
      const outcome = turn(who, text, session, asOf, options.pipeline ? { pipeline: options.pipeline } : {});
      if (outcome.next) Object.assign(session, outcome.next);
      else store.reset(who);
      ({ answer } = outcome);
      trace = outcome;
    } catch (err) {
      // A bug on one message must not end the conversation or the process; the session is untouched.
      if (process.env.POLICY_DEBUG) process.stderr.write(`respond: ${(err as Error).stack ?? err}\n`);
      answer = reply(who, validityOn(asOf), { answer: ERROR_TEXT });
      trace = { intent: 'error' };
    }
    // Outside the try: the log never turns an answer into the apology. It sets answer.id.
    log?.turn(who, text, answer, trace, performance.now() - started);
    return answer;
  };
}
