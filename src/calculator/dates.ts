/**
 * Whole-date arithmetic on partial dates ('YYYY', 'YYYY-MM', 'YYYY-MM-DD').
 *
 * A partial date stands for every day it could be: '2024' is 2024-01-01 … 2024-12-31. A question
 * about it is settled only when every one of those days gives the same answer; otherwise the
 * calculator asks for the exact date rather than guess. ISO strings compare correctly as text, so
 * no time zones or Date objects are involved in the comparisons.
 */

import { dateRounding } from './words.js';

/** How durations are judged, said once so every answer can state it (worded in the catalogue). */
export const DATE_ROUNDING = dateRounding();

export interface DateRange {
  first: string;
  last: string;
}

/** The first and last day a partial date can be. */
export function dateRange(partial: string): DateRange {
  const [y, m, d] = partial.split('-');
  if (d) return { first: partial, last: partial };
  if (m) return { first: `${y}-${m}-01`, last: `${y}-${m}-${pad(daysInMonth(Number(y), Number(m)))}` };
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = y + years;
  return `${year}-${pad(m)}-${pad(Math.min(d, daysInMonth(year, m)))}`;
}

/** Completed whole years from `from` to `to` (both full dates); negative when `to` is earlier. */
export function wholeYears(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return years;
}

export type Settled = 'yes' | 'no' | 'unsettled';

/**
 * Does `later` fall on or after `start` and no more than `years` whole years after it
 * (the anniversary itself included)? Either date may be partial.
 */
export function withinYearsAfter(start: string, later: string, years: number): Settled {
  const s = dateRange(start);
  const l = dateRange(later);
  const limit = (iso: string) => addYears(iso, years);
  if (s.last <= l.first && l.last <= limit(s.first)) return 'yes';
  if (l.last < s.first || l.first > limit(s.last)) return 'no';
  return 'unsettled';
}

/** The calendar year of a partial date. */
export function yearOf(partial: string): number {
  return Number(partial.slice(0, 4));
}

/** Today as YYYY-MM-DD in UTC+8, the policy's own time zone. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
