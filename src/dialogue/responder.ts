/**
 * createResponder: an isolated respond() with its own session store. Each adapter process and
 * each test makes its own; src/bot.ts holds the shared default. The turn itself (answerTurn) is
 * shared with the asynchronous responder of src/state/respond.ts, which keeps sessions in a
 * StateStore that several processes may share.
 */
import type { Answer, Respond, RespondOptions } from '../answer/types.js';
import { ERROR_TEXT } from './intents/help.js';
import { reply } from './reply.js';
import type { Session } from './session.js';
import { turn, type TurnOptions } from './turn.js';
import type { ConversationLog } from '../log/log.js';
import type { TurnTrace } from '../log/turnRecord.js';
import { MemoryStateStore } from '../state/memory.js';
import type { SessionState } from '../state/types.js';
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

/** One answered turn: the answer, what the log reads of it, and the session to keep (undefined: keep it as it was). */
export interface AnsweredTurn {
  answer: Answer;
  trace: TurnTrace;
  /** The state after the turn; null forgets the conversation (重新开始); undefined leaves it untouched. */
  next: SessionState | null | undefined;
}

/** The date a turn is judged on; a malformed one is a caller's error (adapters check it at start-up). */
export function turnDate(now: () => Date, opts?: RespondOptions): string {
  const asOf = opts?.asOf ?? todayInChina(now());
  if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a date as YYYY-MM-DD, got "${asOf}"`);
  return asOf;
}

/** Answers one message against `session` without changing it; never throws. */
export function answerTurn(who: string, text: string, session: Session, asOf: string, pipeline?: TurnOptions['pipeline']): AnsweredTurn {
  try {
    const outcome = turn(who, text, session, asOf, pipeline ? { pipeline } : {});
    return { answer: outcome.answer, trace: outcome, next: outcome.next };
  } catch (err) {
    // A bug on one message must not end the conversation or the process; the session is untouched.
    if (process.env.POLICY_DEBUG) process.stderr.write(`respond: ${(err as Error).stack ?? err}\n`);
    return { answer: reply(who, validityOn(asOf), { answer: ERROR_TEXT }), trace: { intent: 'error' }, next: undefined };
  }
}

export function createResponder(options: ResponderOptions = {}): Respond {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? null;
  // The store reads the clock on every load and save: Date.now unless a test gave a clock, not a Date made to be read.
  const nowMs = options.now ? () => now().getTime() : Date.now;
  const store = new MemoryStateStore({ idleMs: options.idleMs, maxSessions: options.maxSessions, now: nowMs });

  return function respond(user: string, text: string, opts?: RespondOptions): Answer {
    const asOf = turnDate(now, opts);
    const who = typeof user === 'string' ? user : String(user);
    const { session, version } = store.loadNow(who);
    const started = log ? performance.now() : 0;
    const { answer, trace, next } = answerTurn(who, text, session, asOf, options.pipeline);
    // One process, no await between load and save: the version always matches.
    if (next !== undefined) store.saveNow(who, version, next);
    // After the turn: the log never turns an answer into the apology. It sets answer.id.
    log?.turn(who, text, answer, trace, performance.now() - started);
    return answer;
  };
}
