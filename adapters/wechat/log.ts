/**
 * The adapter's log: one line per event on standard error. It records that things happened
 * (login, logout, errors), never what people wrote: no message text, no contact names.
 */
export interface Logger {
  info(event: string): void;
  /** `detail: false` where the error could echo a message (anything raised while answering one). */
  error(event: string, err: unknown, options?: { detail?: boolean }): void;
}

const MAX_DETAIL = 200;

/** "TypeError" or "Error: token invalid", on one line and cut short. */
export function describeError(err: unknown, detail = true): string {
  const name = err instanceof Error ? err.name : typeof err;
  const code = (err as { code?: unknown } | null)?.code;
  const head = typeof code === 'string' || typeof code === 'number' ? `${name} (${code})` : name;
  if (!detail || !(err instanceof Error) || !err.message) return head;
  const message = err.message.replace(/\s+/g, ' ').trim();
  return `${head}: ${message.length > MAX_DETAIL ? `${message.slice(0, MAX_DETAIL)}…` : message}`;
}

/**
 * `redact` removes secrets from each line: an error's text can quote a token (a puppet service
 * quotes the one it rejects) or a URL with a password.
 */
export function createLogger(
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  redact: (text: string) => string = (text) => text,
): Logger {
  const stamp = (event: string): string => redact(`${new Date().toISOString()} policy-bot wechat: ${event}`);
  return {
    info: (event) => write(stamp(event)),
    error: (event, err, options) => write(stamp(`${event}: ${describeError(err, options?.detail ?? true)}`)),
  };
}
