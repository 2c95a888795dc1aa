/** The policy's period against a date: the `validity` field of every Answer. */
import type { Validity } from '../answer/types.js';
import { knowledge } from '../knowledge/index.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  // Checked by arithmetic, once a turn: a Date and its toISOString cost more than the rest of the
  // check. Years below 100 stay refused, as Date.UTC read them (as 19xx) and the round trip failed.
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
}

/** Days in each month of a common year. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Today in China (UTC+8, no daylight saving), where the policy applies. */
export function todayInChina(now: Date): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

export function validityOn(asOf: string): Validity {
  const { from, to } = knowledge().document.period;
  return { from, to, inForce: from <= asOf && asOf <= to, asOf };
}
