/**
 * What a puppet's error means for the bot. Most are passing (a dropped connection the puppet
 * retries); a rejected token is not: the service will refuse it on every retry, so the bot stops
 * instead of claiming to wait for a login that cannot come.
 */

/** gRPC status UNAUTHENTICATED, what wechaty-puppet-service's server answers to a wrong token. */
const GRPC_UNAUTHENTICATED = 16;

export function isTokenRejection(err: unknown): boolean {
  if (err === null || typeof err !== 'object') return false;
  const { code, message, details } = err as { code?: unknown; message?: unknown; details?: unknown };
  if (code === GRPC_UNAUTHENTICATED) return true;
  return [message, details].some((text) => typeof text === 'string' && /\bUNAUTHENTICATED\b/.test(text));
}
