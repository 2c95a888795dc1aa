/**
 * The state a conversation needs besides the message (issue 13): where it lives decides whether
 * several bot processes can serve one conversation. Two implementations: memory.ts (the embedded
 * default, one process) and redis.ts (REDIS_URL, shared by every instance).
 *
 * Every method is asynchronous and never throws into a conversation: a store that cannot be
 * reached answers as if it held nothing (a fresh session, an unclaimed event, an unlimited
 * contact) and reports itself in `health()`, so the bot keeps answering each message on its own.
 */
import type { Session } from '../dialogue/session.js';
import type { LogSink } from '../log/sink.js';

/** What of a session is kept between messages (lastSeen is the store's business: TTL or LRU). */
export type SessionState = Pick<Session, 'facts' | 'topic' | 'pending' | 'offer' | 'language'>;

/** A session as loaded, with the version a save must still find to succeed. */
export interface LoadedSession {
  session: Session;
  version: number;
  /** False when the store could not be read: the message is answered on its own and nothing is saved. */
  shared: boolean;
}

/** A Slack event id's state across instances: first claim, answered already, or being answered elsewhere. */
export type EventClaim = 'mine' | 'done' | 'busy';

/** A rate limiter's decision for one incoming message (adapters/wechat/rateLimit.ts). */
export type RateVerdict = 'answer' | 'notify' | 'drop';

export interface StoreHealth {
  store: 'memory' | 'redis';
  /** 'up'; for Redis 'down' while it cannot be reached (answers then go on without shared state). */
  state: 'up' | 'down';
  /** Redis only: host:port/db, never the password. */
  at?: string;
  /** ISO time of the last change of state. */
  since?: string;
}

export interface StateStore {
  readonly kind: StoreHealth['store'];
  /** The user's session (a fresh one when none is kept) and its version. */
  loadSession(user: string): Promise<LoadedSession>;
  /**
   * Saves the state after a turn if the session is still at `version`; `null` forgets it (重新开始).
   * Resolves false when another turn saved first: the caller loads again and redoes its turn.
   */
  saveSession(user: string, version: number, next: SessionState | null): Promise<boolean>;
  /** Claims a Slack event id for this instance for `busyMs` (SET NX with an expiry). */
  claimEvent(id: string, busyMs: number): Promise<EventClaim>;
  /** Ends a claim: `answered` keeps the id as done for `keepMs`; otherwise frees it for a retry. */
  finishEvent(id: string, answered: boolean, keepMs: number): Promise<void>;
  /** One message from `contact` against a sliding window of `max` answers per `windowMs`. */
  rateCheck(contact: string, max: number, windowMs: number): Promise<RateVerdict>;
  /**
   * Where the conversation log goes: for Redis a stream every instance writes to (the day files
   * `local` keeps take a record only while Redis cannot); for memory, `local` itself.
   */
  logSink(local: LogSink, days?: number): LogSink;
  health(): StoreHealth;
  /** Stops using the store; pending writes are finished first. */
  close(): Promise<void>;
}

/** A session with nothing told yet. */
export function freshSession(at: number): Session {
  return { facts: {}, topic: null, pending: [], offer: [], lastSeen: at };
}
