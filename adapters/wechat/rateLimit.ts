/**
 * Per-contact rate limit: a sliding window of reply times. When a contact goes over, the first
 * extra message gets one polite note and the rest are dropped silently until the window frees, so
 * a flood (or a loop with another bot) costs at most one extra message.
 */

/** What to do with one incoming message. */
export type RateVerdict = 'answer' | 'notify' | 'drop';

export interface RateLimitOptions {
  /** Messages answered per contact per window. */
  max?: number;
  windowMs?: number;
  /** Contacts remembered at once; the least recently seen is forgotten first. */
  maxContacts?: number;
  now?: () => number;
}

/** Frozen defaults: 20 a minute is far above a person typing questions, far below a script. */
export const RATE_LIMIT_DEFAULTS = Object.freeze({ max: 20, windowMs: 60_000, maxContacts: 10_000 });

interface Window {
  times: number[];
  notified: boolean;
}

export interface RateLimiter {
  check(contact: string): RateVerdict;
}

export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const max = options.max ?? RATE_LIMIT_DEFAULTS.max;
  const windowMs = options.windowMs ?? RATE_LIMIT_DEFAULTS.windowMs;
  const maxContacts = options.maxContacts ?? RATE_LIMIT_DEFAULTS.maxContacts;
  const now = options.now ?? Date.now;
  // Map keeps insertion order; re-inserting on each use makes the first key the least recent.
  const windows = new Map<string, Window>();

  return {
    check(contact) {
      const t = now();
      const w = windows.get(contact) ?? { times: [], notified: false };
      windows.delete(contact);
      windows.set(contact, w);
      if (windows.size > maxContacts) {
        const oldest = windows.keys().next().value;
        if (oldest !== undefined) windows.delete(oldest);
      }
      while (w.times.length > 0 && (w.times[0] ?? 0) <= t - windowMs) w.times.shift();
      if (w.times.length < max) {
        w.times.push(t);
        w.notified = false;
        return 'answer';
      }
      if (w.notified) return 'drop';
      w.notified = true;
      return 'notify';
    },
  };
}
