/**
 * The embedded store: everything in this process's memory, as before issue 13. Sessions keep their
 * bounds (LRU of 10,000, forgotten after 30 minutes idle); Slack event ids stay with the Slack
 * adapter's RecentEvents, which already covers one process, so a claim here is always this
 * instance's. Versions make saveSession's check real even within one process: two turns of one
 * conversation awaiting at once cannot overwrite each other.
 */
import type { LogSink } from '../log/sink.js';
import { SessionStore, type Session, type SessionStoreOptions } from '../dialogue/session.js';
import { SlidingWindows } from './slidingWindows.js';
import type { EventClaim, LoadedSession, RateVerdict, SessionState, StateStore, StoreHealth } from './types.js';

/** Each session object's version, unique across objects, so a forgotten-and-recreated session never matches an old one. */
let lastVersion = 0;

export class MemoryStateStore implements StateStore {
  readonly kind = 'memory' as const;
  readonly #sessions: SessionStore;
  readonly #versions = new WeakMap<Session, number>();
  readonly #windows: SlidingWindows;

  constructor(options: SessionStoreOptions & { maxContacts?: number } = {}) {
    this.#sessions = new SessionStore(options);
    this.#windows = new SlidingWindows(options.maxContacts ?? 10_000, options.now);
  }

  async loadSession(user: string): Promise<LoadedSession> {
    return this.loadNow(user);
  }

  /** loadSession without the promise, for the synchronous respond() (src/dialogue/responder.ts). */
  loadNow(user: string): LoadedSession {
    const session = this.#sessions.get(user);
    let version = this.#versions.get(session);
    if (version === undefined) this.#versions.set(session, (version = ++lastVersion));
    return { session, version, shared: true };
  }

  async saveSession(user: string, version: number, next: SessionState | null): Promise<boolean> {
    return this.saveNow(user, version, next);
  }

  /** saveSession without the promise. */
  saveNow(user: string, version: number, next: SessionState | null): boolean {
    const live = this.#sessions.peek(user);
    if (live && this.#versions.get(live) !== version) return false;
    // Evicted meanwhile (LRU or idle): the turn's state goes with it, as it always has.
    if (next === null) this.#sessions.reset(user);
    else if (live) {
      Object.assign(live, next);
      this.#versions.set(live, ++lastVersion);
    }
    return true;
  }

  async claimEvent(_id: string, _busyMs: number): Promise<EventClaim> {
    return 'mine';
  }

  async finishEvent(): Promise<void> {}

  async rateCheck(contact: string, max: number, windowMs: number): Promise<RateVerdict> {
    return this.#windows.check(contact, max, windowMs);
  }

  logSink(local: LogSink): LogSink {
    return local;
  }

  health(): StoreHealth {
    return { store: 'memory', state: 'up' };
  }

  get sessionCount(): number {
    return this.#sessions.size;
  }

  async close(): Promise<void> {}
}
