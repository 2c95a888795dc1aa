/**
 * A text of any language book filled into line pieces: like messages.ts's sayInline, for books
 * beside the message catalogue. A slot may hold a clause reference, which stays a reference so each
 * channel names the clause its own way.
 */
import type { Inline } from './parts.js';

export function fillInline(text: string, values: Readonly<Record<string, string | number | Inline | Inline[]>>): Inline[] {
  const out: Inline[] = [];
  const push = (p: Inline) => {
    if (typeof p !== 'string') out.push(p);
    else if (p && typeof out[out.length - 1] === 'string') out[out.length - 1] += p;
    else if (p) out.push(p);
  };
  let last = 0;
  for (const m of text.matchAll(/\{([a-zA-Z0-9]+)\}/g)) {
    push(text.slice(last, m.index));
    const v = values[m[1]!];
    if (Array.isArray(v)) v.forEach(push);
    else push(v === undefined ? m[0] : typeof v === 'number' ? String(v) : v);
    last = m.index + m[0].length;
  }
  push(text.slice(last));
  return out;
}
