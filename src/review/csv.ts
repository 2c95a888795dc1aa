/**
 * `policy-bot review --csv FILE`: the report as one table (RFC 4180: fields quoted where they hold a
 * comma, a quote or a line break, quotes doubled, lines ended CRLF), in UTF-8 with a byte-order mark
 * so that Excel opens the Chinese as Chinese. One row a figure: its section, item, detail, count and
 * text, so the whole report sorts and filters in one sheet.
 */
import type { ReviewReport } from './report.js';
import { reasonWord, REVIEW as W } from './words.js';

export type CsvRow = [section: string, item: string, detail: string, count: string, text: string];

/** The report's rows, the heading row first. */
export function reviewRows(r: ReviewReport): CsvRow[] {
  const n = (x: number) => String(x);
  const t = r.totals;
  const rows: CsvRow[] = [
    [W.colSection, W.colItem, W.colDetail, W.colCount, W.colText],
    [W.sectionPeriod, W.since, '', '', r.since ?? ''],
    [W.sectionPeriod, W.until, '', '', r.until ?? ''],
    [W.sectionPeriod, W.channel, '', '', r.channel ?? W.all],
  ];
  const totals: [string, number][] = [
    [W.turns, t.turns], [W.outOfScope, t.outOfScope], [W.clarified, t.clarified], [W.lowConfidence, t.lowConfidence],
    [W.openPoints, t.openPoints], [W.handoffs, t.handoffs], [W.feedbackUp, t.feedbackUp], [W.feedbackDown, t.feedbackDown],
    [W.skippedLines, t.skippedLines],
  ];
  for (const [item, count] of totals) rows.push([W.sectionTotals, item, '', n(count), '']);
  for (const d of r.perDay) rows.push([W.sectionPerDay, d.day, d.channel, n(d.count), '']);
  for (const c of r.topClauses) rows.push([W.sectionTopClauses, c.citation, '', n(c.count), '']);
  for (const b of r.topBenefits) rows.push([W.sectionTopBenefits, b.entitlement, '', n(b.count), '']);
  for (const f of r.feedback) {
    rows.push([W.sectionFeedback, f.citation, W.feedbackUp, n(f.up), '']);
    rows.push([W.sectionFeedback, f.citation, W.feedbackDown, n(f.down), '']);
  }
  for (const d of r.downAnswers) rows.push([W.sectionDown, d.answerId, d.citations.join(' '), '', `${d.at} ${d.text}`]);
  for (const h of r.handoffs) rows.push([W.sectionHandoffs, h.unit, '', n(h.count), '']);
  rows.push([W.sectionLatency, 'p50', '', String(r.latency.p50), '']);
  rows.push([W.sectionLatency, 'p99', '', String(r.latency.p99), '']);
  for (const g of r.unanswered) rows.push([W.sectionUnanswered, g.label, reasonWord(g.reason), n(g.count), g.examples.join('\n')]);
  return rows;
}

const NEEDS_QUOTES = /[",\r\n]/;

function field(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV file's text, byte-order mark first. */
export function reviewCsv(r: ReviewReport): string {
  return `\uFEFF${reviewRows(r).map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
