/** One post, tried until it is delivered, fails for good, or its time is up (retry.ts). */
import { setTimeout as sleep } from 'node:timers/promises';
import { classify, retryDelayMs, type RetryPolicy } from './retry.js';

/** `failed`: why the earlier attempts failed, in order (for the log). */
export type Delivery = { ok: true; attempts: number; failed: string[] } | { ok: false; attempts: number; reason: string };

export interface DeliverOptions {
  policy: RetryPolicy;
  /** Aborted at shutdown: a reply waiting for its next attempt is given up. */
  signal?: AbortSignal;
  random?: () => number;
  now?: () => number;
}

/** Calls `post` until it succeeds or retrying is pointless; never throws. */
export async function deliver(post: () => Promise<unknown>, options: DeliverOptions): Promise<Delivery> {
  const now = options.now ?? Date.now;
  const started = now();
  const failed: string[] = [];
  for (let attempt = 1; ; attempt += 1) {
    try {
      await post();
      return { ok: true, attempts: attempt, failed };
    } catch (err) {
      const verdict = classify(err);
      failed.push(verdict.reason);
      if (!verdict.retry) return { ok: false, attempts: attempt, reason: verdict.reason };
      const wait = retryDelayMs(attempt, verdict, options.policy, options.random);
      if (now() + wait - started > options.policy.giveUpAfterMs) {
        return { ok: false, attempts: attempt, reason: `${verdict.reason}; gave up after ${Math.round((now() - started) / 1000)} s` };
      }
      if (options.signal?.aborted) return { ok: false, attempts: attempt, reason: `${verdict.reason}; the bot is stopping` };
      try {
        await sleep(wait, undefined, options.signal ? { signal: options.signal } : {});
      } catch {
        return { ok: false, attempts: attempt, reason: `${verdict.reason}; the bot is stopping` };
      }
    }
  }
}
