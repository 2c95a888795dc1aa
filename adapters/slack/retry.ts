/**
 * Which failed posts are worth another try, and when: exponential backoff with jitter, never
 * sooner than a Retry-After the server gave, within a bound after which the reply is given up.
 */

export const RETRY_DEFAULTS = Object.freeze({
  /** First wait; doubles with each attempt. */
  baseDelayMs: 500,
  /** Longest wait between attempts, so a recovered Web API is tried again within seconds. */
  maxDelayMs: 5_000,
  /** A reply still failing this long after its first attempt is given up (and logged). */
  giveUpAfterMs: 120_000,
});

export type RetryPolicy = { -readonly [K in keyof typeof RETRY_DEFAULTS]: number };

/**
 * `ok: false` errors that Slack documents as transient. Anything else (channel_not_found,
 * invalid_auth, msg_too_long…) will fail the same way again.
 */
export const RETRYABLE_PLATFORM_ERRORS: ReadonlySet<string> = new Set([
  'ratelimited',
  'rate_limited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'team_added_to_org',
]);

export interface Verdict {
  retry: boolean;
  /** Retry-After from the server, in ms, when it sent one. */
  afterMs?: number;
  /** A short reason for the log: an error code, an HTTP status or a network error's name. */
  reason: string;
}

type SlackishError = {
  code?: string;
  name?: string;
  message?: string;
  statusCode?: number;
  retryAfter?: number;
  data?: { error?: string; response_metadata?: { retryAfter?: number } };
  original?: { name?: string; code?: string; cause?: { code?: string } };
};

/** The reason given to a post that got no answer within its time limit: it may have reached Slack. */
export const TIMED_OUT = 'timed out';

const transientStatus = (status: number) => status === 408 || status === 429 || status >= 500;

/** Classifies an error thrown by the Web API client or by Bolt's respond(). */
export function classify(err: unknown): Verdict {
  const e = (err ?? {}) as SlackishError;
  switch (e.code) {
    case 'slack_webapi_rate_limited_error':
      return { retry: true, reason: 'rate limited (HTTP 429)', ...(e.retryAfter ? { afterMs: e.retryAfter * 1000 } : {}) };
    case 'slack_webapi_platform_error': {
      const error = e.data?.error ?? 'error';
      const after = e.data?.response_metadata?.retryAfter;
      return { retry: RETRYABLE_PLATFORM_ERRORS.has(error), reason: error, ...(after ? { afterMs: after * 1000 } : {}) };
    }
    case 'slack_webapi_http_error':
    case 'slack_bolt_respond_error':
      return { retry: e.statusCode === undefined || transientStatus(e.statusCode), reason: `HTTP ${e.statusCode ?? '?'}` };
    case 'slack_webapi_request_error': {
      // A network error or our own time limit (fetch's TimeoutError): the request may never have arrived.
      const original = e.original;
      return { retry: true, reason: original?.name === 'TimeoutError' ? TIMED_OUT : original?.cause?.code ?? original?.code ?? 'network error' };
    }
    default:
      // fetch itself (respond() to a response_url): a timeout or a refused connection.
      if (e.name === 'TimeoutError' || e.name === 'AbortError') return { retry: true, reason: TIMED_OUT };
      if (e.name === 'TypeError' && e.message === 'fetch failed') return { retry: true, reason: 'network error' };
      return { retry: false, reason: e.code ?? e.name ?? 'error' };
  }
}

/**
 * The wait before attempt `attempt + 1` (attempt counts from 1): half the exponential step plus
 * a random half ("equal jitter"), so replies that failed together do not retry in lockstep;
 * never less than the server's Retry-After.
 */
export function retryDelayMs(attempt: number, verdict: Verdict, policy: RetryPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = step / 2 + random() * (step / 2);
  return Math.max(jittered, verdict.afterMs ?? 0);
}
