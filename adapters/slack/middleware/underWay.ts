/**
 * How many Slack requests (events, commands, clicks) this instance is still handling: from the
 * first middleware until the listener's reply was posted, given up, or skipped as a repeat. A
 * request acknowledged first is counted until its answer is out, so zero means nothing more will
 * be posted for what arrived so far (GET /healthz reports it, as `underWay`).
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

export class UnderWay {
  #count = 0;

  get count(): number {
    return this.#count;
  }

  /** Global middleware, registered first, so it spans the others and the listener. */
  readonly middleware: Middleware<AnyMiddlewareArgs> = async ({ next }) => {
    this.#count += 1;
    try {
      await next();
    } finally {
      this.#count -= 1;
    }
  };
}
