/**
 * Tells the operator about a store that cannot be reached without drowning the log: one line when
 * it goes down, at most one a minute while it stays down (however many messages fail), and one
 * when it is back.
 */
export const OUTAGE_DEFAULTS = Object.freeze({ repeatMs: 60_000 });

export class OutageReporter {
  #down = false;
  #lastWarned = -Infinity;
  #since = new Date();

  constructor(
    private readonly what: string,
    private readonly warn: (line: string) => void,
    private readonly now: () => number = Date.now,
    private readonly repeatMs: number = OUTAGE_DEFAULTS.repeatMs,
  ) {}

  get down(): boolean {
    return this.#down;
  }

  /** When the state last changed. */
  get since(): Date {
    return this.#since;
  }

  failed(err: unknown): void {
    const t = this.now();
    if (!this.#down) {
      this.#down = true;
      this.#since = new Date(t);
    }
    if (t - this.#lastWarned < this.repeatMs) return;
    this.#lastWarned = t;
    const reason = err instanceof Error ? (err as { code?: string }).code ?? err.message : String(err);
    this.warn(`policy-bot: ${this.what} cannot be reached (${reason}); answering each message on its own until it is back`);
  }

  recovered(): void {
    if (!this.#down) return;
    this.#down = false;
    this.#since = new Date(this.now());
    this.#lastWarned = -Infinity;
    this.warn(`policy-bot: ${this.what} is back; state is shared again`);
  }
}
