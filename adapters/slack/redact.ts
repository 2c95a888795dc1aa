/**
 * Keeps secrets out of every line the Slack bot writes: the settings that are secrets
 * (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN) and the user name and password of any
 * URL (`http://user:pass@host/` → `http://***@host/`). Errors from Bolt, the Web API client and
 * fetch quote URLs and sometimes request headers, so redaction is applied to whole lines at the
 * last moment, not to the few values we know we print.
 */
import { formatWithOptions } from 'node:util';

import { createRedactor, type Redact } from '../redact.js';

export type { Redact } from '../redact.js';

export const REDACTED = '***';

/** A redactor for `secrets` (empty and very short values are ignored: they would eat ordinary text). */
export function redactor(secrets: readonly (string | undefined)[]): Redact {
  return createRedactor(secrets.filter((s): s is string => typeof s === 'string').map((value) => ({ value, label: REDACTED })));
}

/** Formats log arguments as console.log would (errors with their stack), then redacts. */
export function redactArgs(redact: Redact, args: unknown[]): string {
  return redact(formatWithOptions({ colors: false, depth: 4 }, ...args));
}
