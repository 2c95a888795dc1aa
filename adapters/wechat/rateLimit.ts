/**
 * Per-contact rate limit: a sliding window of reply times. When a contact goes over, the first
 * extra message gets one polite note and the rest are dropped silently until the window frees, so
 * a flood (or a loop with another bot) costs at most one extra message.
 */

import { SlidingWindows } from '../../src/state/slidingWindows.js';
import type { RateVerdict, StateStore } from '../../src/state/types.js';

/** What to do with one incoming message. */
export type { RateVerdict };

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

export interface RateLimiter {
  check(contact: string): RateVerdict | Promise<RateVerdict>;
}

/** The same windows kept in a shared store (Redis), so a contact's count holds across instances. */
export function sharedRateLimiter(store: Pick<StateStore, 'rateCheck'>, options: Pick<RateLimitOptions, 'max' | 'windowMs'> = {}): RateLimiter {
  const max = options.max ?? RATE_LIMIT_DEFAULTS.max;
  const windowMs = options.windowMs ?? RATE_LIMIT_DEFAULTS.windowMs;
  return { check: (contact) => store.rateCheck(contact, max, windowMs) };
}

export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const max = options.max ?? RATE_LIMIT_DEFAULTS.max;
  const windowMs = options.windowMs ?? RATE_LIMIT_DEFAULTS.windowMs;
  const windows = new SlidingWindows(options.maxContacts ?? RATE_LIMIT_DEFAULTS.maxContacts, options.now);
  return { check: (contact) => windows.check(contact, max, windowMs) };
}
