/**
 * Event ids already handled, so a Slack retry (X-Slack-Retry-Num) is not answered twice, and ids
 * being handled right now, so a duplicate arriving meanwhile waits for the first one's outcome.
 * An id counts as handled only once its reply was posted: a retry of an event whose reply failed
 * is answered.
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

  readonly #inFlight = new Map<string, Promise<void>>();

  /** True the first time an id is offered (within the window); false for a repeat. */
  firstTime(id: string): boolean {
    if (this.has(id)) return false;
    this.add(id);
    return true;
  }

  /** Whether `id` was handled within the window. */
  has(id: string): boolean {
    this.#forgetExpired(this.#now());
    return this.#seen.has(id);
  }

  /** Remembers `id` as handled. */
  add(id: string): void {
    const now = this.#now();
    this.#forgetExpired(now);
    this.#seen.delete(id);
    this.#seen.set(id, now + this.#ttlMs);
    while (this.#seen.size > this.#max) {
      const oldest = this.#seen.keys().next().value as string;
      this.#seen.delete(oldest);
    }
  }

  /** Settles when the delivery of `id` now under way ends; undefined when none is. */
  inFlight(id: string): Promise<void> | undefined {
    return this.#inFlight.get(id);
  }

  /**
   * Marks `id` as under way. Call the returned function once its handling ends, with whether its
   * reply was posted: only then is the id remembered as handled.
   */
  begin(id: string): (handled: boolean) => void {
    let settle!: () => void;
    this.#inFlight.set(id, new Promise<void>((resolve) => (settle = resolve)));
    return (handled) => {
      if (handled) this.add(id);
      this.#inFlight.delete(id);
      settle();
    };
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
