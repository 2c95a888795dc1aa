/**
 * The redaction both bots share: every secret value replaced by its label, longest first (so a
 * secret containing another goes whole), also where it appears percent-encoded in a URL or form,
 * and the `user:password@` of any URL replaced by `***@`. Each channel decides which values are
 * secrets and what label stands for them.
 */
export type Redact = (text: string) => string;

export interface Secret {
  value: string;
  /** What the value becomes in the output. */
  label: string;
}

/** The `user:password@` of a URL, in any scheme; the userinfo may hold ':' and '%xx'. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;

/** Shorter values ("1", "on") would blank out ordinary text and protect nothing. */
export const MIN_SECRET_LENGTH = 6;

export function createRedactor(secrets: readonly Secret[]): Redact {
  const byValue = new Map<string, string>();
  for (const { value, label } of secrets) {
    if (value.length < MIN_SECRET_LENGTH) continue;
    if (!byValue.has(value)) byValue.set(value, label);
    const encoded = encodeURIComponent(value);
    if (encoded !== value && !byValue.has(encoded)) byValue.set(encoded, label);
  }
  const sorted = [...byValue].sort((a, b) => b[0].length - a[0].length);
  return (text) => {
    let out = text.replace(URL_USERINFO, '$1***@');
    for (const [value, label] of sorted) if (out.includes(value)) out = out.split(value).join(label);
    return out;
  };
}
