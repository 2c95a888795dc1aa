/**
 * Skips an Events API delivery whose event_id was already answered: Slack's retries
 * (X-Slack-Retry-Num) and any other duplicate. The event is still acknowledged by Bolt, so Slack
 * stops retrying; only the second answer is suppressed.
 *
 * An event counts as answered only when its reply was posted (a listener says so with
 * markReplyPosted), so Slack's retry of an event whose reply failed is answered. A duplicate that
 * arrives while the first delivery is still being answered waits for that outcome: answered once
 * either way.
 *
 * With a shared store (REDIS_URL) the same holds across instances: the id is claimed in the store
 * (SET NX with an expiry) before answering, so a retry delivered to another instance waits for, or
 * skips, the first instance's answer (sharedEvents.ts).
 */
import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import type { RecentEvents } from '../recentEvents.js';
import type { EventLedger } from '../sharedEvents.js';

const POSTED = 'policyBotReplyPosted';

/** Called by a listener once its reply reached Slack. */
export function markReplyPosted(context: Context): void {
  context[POSTED] = true;
}

/** Global middleware remembering answered event ids in `recent`, and in `shared` when instances share a store. */
export function skipRetries(recent: RecentEvents, shared?: EventLedger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const eventId = (args.body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') return args.next();
    for (let pending = recent.inFlight(eventId); pending; pending = recent.inFlight(eventId)) await pending;
    const skip = (where: string) => args.logger.info(`policy-bot slack: skipped a repeat of ${eventId}${where} (retry ${args.context.retryNum ?? 'none'})`);
    if (recent.has(eventId)) return skip('');
    const finish = recent.begin(eventId);
    let answered = false;
    try {
      if (shared && !(await shared.claim(eventId))) {
        // Answered by another instance: remembered here too, so later repeats stop at once.
        answered = true;
        return skip(' answered by another instance');
      }
      try {
        await args.next();
      } finally {
        answered = args.context[POSTED] === true;
        if (shared) await shared.release(eventId, answered);
      }
    } finally {
      finish(answered);
    }
  };
}
