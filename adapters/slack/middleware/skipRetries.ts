/**
 * Skips an Events API delivery whose event_id was already handled: Slack's retries
 * (X-Slack-Retry-Num) and any other duplicate. The event is still acknowledged by Bolt, so Slack
 * stops retrying; only the second answer is suppressed.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { RecentEvents } from '../recentEvents.js';

/** Global middleware remembering event ids in `recent`. */
export function skipRetries(recent: RecentEvents): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const eventId = (args.body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !recent.firstTime(eventId)) {
      args.logger.info(`policy-bot slack: skipped a repeat of ${eventId} (retry ${args.context.retryNum ?? 'none'})`);
      return;
    }
    await args.next();
  };
}
