/**
 * Keeps secrets out of every line the Slack bot writes: the settings that are secrets
 * (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN) and the user name and password of any
 * URL (`http://user:pass@host/` → `http://***@host/`). Errors from Bolt, the Web API client and
 * fetch quote URLs and sometimes request headers, so redaction is applied to whole lines at the
 * last moment, not to the few values we know we print.
 */
import { formatWithOptions } from 'node:util';

export const REDACTED = '***';

/** `scheme://userinfo@` in any text; the userinfo may itself contain ':' and '%xx'. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;

export type Redact = (text: string) => string;

/** A redactor for `secrets` (empty and very short values are ignored: they would eat ordinary text). */
export function redactor(secrets: readonly (string | undefined)[]): Redact {
  const values = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= 6))]
    // Longest first, so a secret containing another is removed whole.
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text.replace(URL_USERINFO, `$1${REDACTED}@`);
    for (const value of values) {
      if (out.includes(value)) out = out.split(value).join(REDACTED);
      // A secret may reach a URL or a form in percent-encoded form.
      const encoded = encodeURIComponent(value);
      if (encoded !== value && out.includes(encoded)) out = out.split(encoded).join(REDACTED);
    }
    return out;
  };
}

/** Formats log arguments as console.log would (errors with their stack), then redacts. */
export function redactArgs(redact: Redact, args: unknown[]): string {
  return redact(formatWithOptions({ colors: false, depth: 4 }, ...args));
}
