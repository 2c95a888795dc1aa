/**
 * Every reply the bot sends goes through here: the core's answer is composed in the answer
 * queue's turn (answerQueue.ts), then posted with retries (delivery.ts), after any earlier reply
 * in the same conversation, so a thread's answers keep their order even when one of them is
 * being retried. A reply that cannot be delivered is logged with its conversation key (never
 * its text: it may be personal), and the outbox knows how many replies are still under way, so
 * the bot can finish them before it exits.
 */
import { setMaxListeners } from 'node:events';
import type { Logger } from '@slack/bolt';
import { AnswerQueue } from './answerQueue.js';
import { deliver } from './delivery.js';
import { RETRY_DEFAULTS, TIMED_OUT, type RetryPolicy } from './retry.js';

export interface OutboxOptions {
  logger: Logger;
  retry?: Partial<RetryPolicy>;
}

export class Outbox {
  readonly #answers = new AnswerQueue();
  readonly #tails = new Map<string, Promise<boolean>>();
  readonly #stop = new AbortController();
  readonly #idle: (() => void)[] = [];
  readonly #logger: Logger;
  readonly #policy: RetryPolicy;
  #pending = 0;

  constructor(options: OutboxOptions) {
    this.#logger = options.logger;
    this.#policy = { ...RETRY_DEFAULTS, ...options.retry };
    // Every reply waiting to retry listens for the stop; there may be thousands.
    setMaxListeners(0, this.#stop.signal);
  }

  /** Replies under way: waiting for the core, being posted, or waiting to retry. */
  get pending(): number {
    return this.#pending;
  }

  /**
   * Composes a reply in the answer queue, then posts it in the conversation's order. Resolves
   * true once it was delivered, false if it was given up (and logged); never rejects.
   */
  async reply<M>(key: string, compose: () => M | Promise<M>, post: (message: M) => Promise<unknown>): Promise<boolean> {
    this.#pending += 1;
    try {
      // A shared store's core (src/state) answers asynchronously: its promise settles here.
      const message = (await this.#answers.run(compose)) as M;
      return await this.#inOrder(key, () => this.#deliver(key, () => post(message)));
    } finally {
      this.#pending -= 1;
      if (this.#pending === 0) for (const wake of this.#idle.splice(0)) wake();
    }
  }

  /** Resolves true once no reply is under way, or false when `timeoutMs` passes first. */
  drain(timeoutMs: number): Promise<boolean> {
    if (this.#pending === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      timer.unref();
      this.#idle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  /** Gives up the replies waiting for another attempt (each is logged); for shutdown. */
  abort(): void {
    this.#stop.abort();
  }

  #inOrder(key: string, task: () => Promise<boolean>): Promise<boolean> {
    const before = this.#tails.get(key) ?? Promise.resolve(true);
    const run = before.then(task);
    this.#tails.set(key, run);
    void run.then(() => {
      if (this.#tails.get(key) === run) this.#tails.delete(key);
    });
    return run;
  }

  async #deliver(key: string, post: () => Promise<unknown>): Promise<boolean> {
    const result = await deliver(post, { policy: this.#policy, signal: this.#stop.signal });
    if (!result.ok) {
      this.#logger.error(`policy-bot slack: a reply to ${key} was not delivered (${result.reason}; ${result.attempts} attempt${result.attempts > 1 ? 's' : ''})`);
    } else if (result.attempts > 1) {
      const after = `after ${result.failed.join(', ')}`;
      // A post that timed out may have reached Slack before its retry did (webClientOptions.ts).
      if (result.failed.includes(TIMED_OUT)) this.#logger.warn(`policy-bot slack: a reply to ${key} was delivered at attempt ${result.attempts} (${after}); it may show twice`);
      else this.#logger.info(`policy-bot slack: a reply to ${key} was delivered at attempt ${result.attempts} (${after})`);
    }
    return result.ok;
  }
}
