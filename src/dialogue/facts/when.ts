/**
 * Years as people say them, relative to the date the question is judged on: 2024年, 24年, 二〇二四年,
 * 今年, 去年, 前年, 大前年, 三年前.
 */
import { parseChineseNumber } from '../../calculator/numbers.js';
import { patterns, tables } from '../../knowledge/language.js';

const P = patterns('language/zh/facts/when.json', [
  'year', 'ago', 'month',
]);

const RELATIVE = tables('language/zh/facts/when.json', ['relativeYears']).relativeYears;
const YEAR = P.year;
const AGO = P.ago;

/**
 * The calendar year a phrase names, or undefined. A year after `latest` (by default the year after
 * the one judged on) is not read: a number that far ahead is rarely a date someone has lived.
 */
export function yearIn(text: string, asOfYear: number, latest = asOfYear + 1): number | undefined {
  // The first year mentioned is the one the phrase is about: "前年就是高企了，今年能拿吗" → 前年.
  const found: [number, number][] = [];
  for (const [word, back] of Object.entries(RELATIVE)) {
    const at = text.indexOf(word);
    if (at >= 0) found.push([at, asOfYear - back]);
  }
  const ago = AGO.exec(text);
  const n = ago ? parseChineseNumber(ago[1]!) : undefined;
  if (ago && n !== undefined && Number.isInteger(n)) found.push([ago.index, asOfYear - n]);
  const m = YEAR.exec(text);
  if (m) {
    const raw = m[1]!;
    const v = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumber(raw);
    const year = v === undefined ? undefined : v < 100 ? 2000 + v : v;
    if (year !== undefined && year >= 1950 && year <= latest) found.push([m.index, year]);
  }
  // At one position the longer word wins (大前年 over 前年, which starts one character later).
  found.sort((a, b) => a[0] - b[0]);
  return found[0]?.[1];
}

/** A month named with the year ("2024年6月") as 'YYYY-MM', else the year alone as 'YYYY'. */
export function partialDate(text: string, asOfYear: number, latest?: number): string | undefined {
  const year = yearIn(text, asOfYear, latest);
  if (year === undefined) return undefined;
  const month = P.month.exec(text);
  const m = month ? parseChineseNumber(month[1]!) : undefined;
  return m && m >= 1 && m <= 12 ? `${year}-${String(m).padStart(2, '0')}` : String(year);
}

/** asOf moved back by whole years, as YYYY-MM-DD (29 February falls back to the 28th). */
export function yearsBefore(asOf: string, years: number): string {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}
