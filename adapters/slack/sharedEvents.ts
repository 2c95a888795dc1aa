/**
 * Slack event ids across instances (issue 13): before answering, an instance claims the id in the
 * shared store. 'busy' means another instance is answering it right now; this one waits for that
 * outcome, as a duplicate within one process waits (RecentEvents.inFlight): answered there, it is
 * skipped here; given up there (its reply failed), this one takes it. A claim expires after
 * `busyMs`, so an instance that dies mid-answer does not keep the event from Slack's next retry.
 */
import type { EventClaim } from '../../src/state/types.js';
import { RECENT_EVENTS_DEFAULTS } from './recentEvents.js';

export const SHARED_EVENT_DEFAULTS = Object.freeze({
  /** How long a claim holds without an outcome; Slack's second retry comes about a minute after the first. */
  busyMs: 30_000,
  /** How long an answered id is remembered: as long as RecentEvents remembers one. */
  keepMs: RECENT_EVENTS_DEFAULTS.ttlMs,
  /** How often a claim held elsewhere is looked at again. */
  pollMs: 50,
});

/** The store's side (src/state StateStore has these methods). */
export interface EventStore {
  claimEvent(id: string, busyMs: number): Promise<EventClaim>;
  finishEvent(id: string, answered: boolean, keepMs: number): Promise<void>;
}

/** What skipRetries needs: claim an id, then release it with its outcome. */
export interface EventLedger {
  /** Resolves true when this instance is to answer `id`, false when another one did. */
  claim(id: string): Promise<boolean>;
  release(id: string, answered: boolean): Promise<void>;
}

export function eventLedger(store: EventStore, options: Partial<typeof SHARED_EVENT_DEFAULTS> = {}): EventLedger {
  const { busyMs, keepMs, pollMs } = { ...SHARED_EVENT_DEFAULTS, ...options };
  return {
    async claim(id) {
      const until = Date.now() + busyMs;
      for (;;) {
        const claim = await store.claimEvent(id, busyMs);
        if (claim !== 'busy') return claim === 'mine';
        // Held past its own expiry means the store is stuck; answering beats dropping.
        if (Date.now() > until) return true;
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
    release: (id, answered) => store.finishEvent(id, answered, keepMs),
  };
}
