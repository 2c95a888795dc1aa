/**
 * Skips an Events API delivery whose event_id was already answered: Slack's retries
 * (X-Slack-Retry-Num) and any other duplicate. The event is still acknowledged by Bolt, so Slack
 * stops retrying; only the second answer is suppressed.
 *
 * An event counts as answered only when its reply was posted (a listener says so with
 * markReplyPosted), so Slack's retry of an event whose reply failed is answered. A duplicate that
 * arrives while the first delivery is still being answered waits for that outcome: answered once
 * either way.
 */
import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import type { RecentEvents } from '../recentEvents.js';

const POSTED = 'policyBotReplyPosted';

/** Called by a listener once its reply reached Slack. */
export function markReplyPosted(context: Context): void {
  context[POSTED] = true;
}

/** Global middleware remembering answered event ids in `recent`. */
export function skipRetries(recent: RecentEvents): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const eventId = (args.body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') return args.next();
    for (let pending = recent.inFlight(eventId); pending; pending = recent.inFlight(eventId)) await pending;
    if (recent.has(eventId)) {
      args.logger.info(`policy-bot slack: skipped a repeat of ${eventId} (retry ${args.context.retryNum ?? 'none'})`);
      return;
    }
    const finish = recent.begin(eventId);
    try {
      await args.next();
    } finally {
      finish(args.context[POSTED] === true);
    }
  };
}
