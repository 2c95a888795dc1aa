/**
 * How the bot talks to the Web API (and to a slash command's response_url).
 *
 * - Every request has a time limit. Without one, a Web API that accepts connections but never
 *   answers holds each post until the HTTP library gives up after 300 s, and the client's 100
 *   request slots fill with hung posts, so every reply waits five minutes.
 * - The client does not retry by itself: it would retry neither a 429 without Retry-After nor
 *   `ok: false` with a transient error, and would retry others for half an hour. outbox.ts
 *   retries every post with one policy instead (retry.ts), so rate-limited calls are rejected at
 *   once, with their Retry-After, for it to honour.
 * - Few requests are in flight at a time, so the time limit measures Slack, not our own queue.
 *   A post that timed out may have reached Slack all the same, and is retried (a Web API that
 *   hangs must not lose the replies, issue 9), so it can show twice: a time-out has to mean that
 *   Slack hangs. With the client's default of 100 posts in flight, a burst handed a slowed Web API
 *   (or one on a loaded machine) 100 requests at once; they queued there, each was answered after
 *   more than 5 s, and each was then posted again (issue 13: 2,000 mentions gave 53 replies twice
 *   beside three CPU hogs). Posts waiting for a slot wait in the client's queue, where no time
 *   limit runs. Slack takes a few hundred ms for a post and allows about one post a second per
 *   channel, so 10 in flight cost no throughput Slack would grant.
 * - Slack has no idempotency key for chat.postMessage, and looking for a timed-out post in its
 *   thread before retrying it would need channels:history, a scope to read every message of every
 *   channel the bot is in; the bot does not ask for it.
 */
import { webApi } from '@slack/bolt';

export const WEB_API_DEFAULTS = Object.freeze({
  /** Per request; Slack answers in well under a second, so 5 s is a hung request. */
  timeoutMs: 5_000,
  /** Requests in flight per client; the others wait in the client's queue (see above). */
  maxRequestConcurrency: 10,
});

/**
 * fetch with a time limit for callers that set none (Bolt's respond() to a response_url), and
 * with a `Retry-After: 0` added to a 429 that lacks one: the Web API client drops such a 429 as
 * final; with the header it reports it as rate-limited, and the outbox backs off on its own terms.
 */
export function timedFetch(timeoutMs: number, base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init = {}) => {
    const response = await base(input, init.signal ? init : { ...init, signal: AbortSignal.timeout(timeoutMs) });
    if (response.status !== 429 || response.headers.has('retry-after')) return response;
    const headers = new Headers(response.headers);
    headers.set('retry-after', '0');
    return new Response(response.body, { status: 429, statusText: response.statusText, headers });
  };
}

/** Options for every WebClient the bot creates (Bolt's, the Socket Mode client's, auth.test's). */
export function webClientOptions(slackApiUrl: string | undefined, timeoutMs: number = WEB_API_DEFAULTS.timeoutMs): webApi.WebClientOptions {
  return {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    timeout: timeoutMs,
    maxRequestConcurrency: WEB_API_DEFAULTS.maxRequestConcurrency,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    fetch: timedFetch(timeoutMs),
  };
}
