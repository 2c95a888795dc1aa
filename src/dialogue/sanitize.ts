/**
 * The first thing done to any message, before any other work: cut it to a stated length, then strip
 * characters that carry no meaning but can hide or reorder text (control, zero-width, bidi).
 */

/** Longer messages are cut here; no real question about the policy needs more. */
export const MAX_INPUT_CHARS = 500;

// Bidi embeddings/overrides/isolates and marks can make a reply display differently from what it
// says; zero-width characters split words so a term would not match. None carries meaning here.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u061C\u180E]/g;
// C0/C1 controls become spaces so that "第17\n条" does not silently become one token with its neighbour.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

export interface Sanitized {
  text: string;
  /** True when the message was longer than MAX_INPUT_CHARS and only its head was read. */
  truncated: boolean;
}

export function sanitize(raw: unknown): Sanitized {
  let text = typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
  const truncated = text.length > MAX_INPUT_CHARS;
  if (truncated) text = text.slice(0, MAX_INPUT_CHARS);
  // A cut can split a surrogate pair, and raw input can carry lone surrogates: make it well formed.
  text = toWellFormed(text);
  text = text.replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return { text, truncated };
}

function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
