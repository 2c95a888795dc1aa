/**
 * Whether the policy was in force on a date, and what to tell the asker when it was not. The
 * period is data (knowledge/document.json); outside it the calculator still shows what the policy
 * provided, with this note.
 */
import type { Validity } from '../answer/types.js';
import type { PolicyDocument } from '../knowledge/index.js';
import type { PeriodStatus } from './types.js';
import { periodText } from './words.js';

export function validityOn(doc: PolicyDocument, asOf: string): Validity {
  const { from, to } = doc.period;
  return { from, to, inForce: from <= asOf && asOf <= to, asOf };
}

/** Where asOf falls against the period. */
export function periodStatus(v: Validity): PeriodStatus {
  return v.inForce ? 'inForce' : v.asOf < v.from ? 'notYet' : 'ended';
}

/** null inside the period; otherwise one sentence naming the lead units to ask (words.ts). */
export function periodNote(doc: PolicyDocument, v: Validity, lead: readonly string[]): string | null {
  return periodText(periodStatus(v), v, doc.issued.quote, lead);
}
