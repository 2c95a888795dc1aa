/**
 * Event ids already handled, so a Slack retry (X-Slack-Retry-Num) is not answered twice.
 *
 * Slack retries a delivery up to three times, the last about five minutes after the first, always
 * with the same event_id. Ids are kept for an hour and at most `max` of them: a Map in insertion
 * order is its own expiry queue, so memory stays bounded however many events arrive.
 */
export interface RecentEventsOptions {
  /** How long an id is remembered; Slack's last retry comes ~5 min after the event. */
  ttlMs?: number;
  /** Most ids remembered; the oldest go first. */
  max?: number;
  now?: () => number;
}

export const RECENT_EVENTS_DEFAULTS = Object.freeze({ ttlMs: 60 * 60 * 1000, max: 10_000 });

/** A bounded, expiring set of event ids. */
export class RecentEvents {
  readonly #seen = new Map<string, number>();
  readonly #ttlMs: number;
  readonly #max: number;
  readonly #now: () => number;

  constructor(options: RecentEventsOptions = {}) {
    this.#ttlMs = options.ttlMs ?? RECENT_EVENTS_DEFAULTS.ttlMs;
    this.#max = options.max ?? RECENT_EVENTS_DEFAULTS.max;
    this.#now = options.now ?? Date.now;
  }

  /** True the first time an id is offered (within the window); false for a repeat. */
  firstTime(id: string): boolean {
    const now = this.#now();
    this.#forgetExpired(now);
    if (this.#seen.has(id)) return false;
    this.#seen.set(id, now + this.#ttlMs);
    while (this.#seen.size > this.#max) {
      const oldest = this.#seen.keys().next().value as string;
      this.#seen.delete(oldest);
    }
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }

  #forgetExpired(now: number): void {
    for (const [id, expires] of this.#seen) {
      if (expires > now) break;
      this.#seen.delete(id);
    }
  }
}
