/**
 * Per-contact rate limit in one process: a sliding window of reply times. When a contact goes
 * over, the first extra message gets one polite note ('notify') and the rest are dropped until the
 * window frees, so a flood (or a loop with another bot) costs at most one extra message. Redis
 * keeps the same windows for several instances (redisScripts.ts, RATE).
 */
import type { RateVerdict } from './types.js';

interface Window {
  times: number[];
  notified: boolean;
}

export class SlidingWindows {
  // Map keeps insertion order; re-inserting on each use makes the first key the least recent.
  readonly #windows = new Map<string, Window>();

  constructor(private readonly maxContacts: number, private readonly now: () => number = Date.now) {}

  check(contact: string, max: number, windowMs: number): RateVerdict {
    const t = this.now();
    const w = this.#windows.get(contact) ?? { times: [], notified: false };
    this.#windows.delete(contact);
    this.#windows.set(contact, w);
    if (this.#windows.size > this.maxContacts) {
      const oldest = this.#windows.keys().next().value;
      if (oldest !== undefined) this.#windows.delete(oldest);
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
  }
}
