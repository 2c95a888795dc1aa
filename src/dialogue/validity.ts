/** The policy's period against a date: the `validity` field of every Answer. */
import type { Validity } from '../answer/types.js';
import { knowledge } from '../knowledge/index.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Today in China (UTC+8, no daylight saving), where the policy applies. */
export function todayInChina(now: Date): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

export function validityOn(asOf: string): Validity {
  const { from, to } = knowledge().document.period;
  return { from, to, inForce: from <= asOf && asOf <= to, asOf };
}
