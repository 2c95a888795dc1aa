/**
 * Runs the core's answers one at a time, each in its own turn of the event loop.
 *
 * The core is synchronous. Run straight after an acknowledgement, a burst's answers would follow
 * each other without a pause, and the requests that arrived meanwhile would wait for all of them
 * before being read and acknowledged: Slack's 3-second limit would depend on the length of the
 * queue. setImmediate lets Node handle pending I/O (new requests, their acks, Web API
 * responses) between two turns, and a turn answers only for a few milliseconds (then at least
 * one answer), so an ack waits for at most one turn.
 */

/** How long one turn may keep answering before it lets pending I/O in. */
export const TURN_MS = 5;

export class AnswerQueue {
  readonly #jobs: (() => void)[] = [];
  #running = false;

  /** How many answers wait for their turn. */
  get length(): number {
    return this.#jobs.length;
  }

  /** Runs `work` after the answers queued before it, in a later turn of the event loop. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#jobs.push(() => {
        try {
          resolve(work());
        } catch (err) {
          reject(err);
        }
      });
      if (!this.#running) {
        this.#running = true;
        setImmediate(() => this.#next());
      }
    });
  }

  #next(): void {
    const started = performance.now();
    do {
      const job = this.#jobs.shift();
      if (!job) {
        this.#running = false;
        return;
      }
      job();
    } while (performance.now() - started < TURN_MS);
    setImmediate(() => this.#next());
  }
}
