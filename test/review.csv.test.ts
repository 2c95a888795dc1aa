/**
 * The review's CSV (issue 12): RFC 4180 with a UTF-8 byte-order mark, parsed back by a CSV library
 * (csv-parse) to exactly the rows it was made from, commas, quotes, line breaks and Chinese included.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reviewCsv, reviewRows } from '../src/review/csv.js';
import type { ReviewReport } from '../src/review/report.js';
import { SAMPLE_REPORT } from './reviewSample.js';

const tricky: ReviewReport = {
  ...SAMPLE_REPORT,
  unanswered: [
    ...SAMPLE_REPORT.unanswered,
    { reason: 'outOfScope', label: '他说"免费"吗, 真的?', count: 2, examples: ['他说"免费"吗, 真的?', '第一行\r\n第二行'] },
  ],
};

describe('reviewCsv', () => {
  it('starts with a byte-order mark and ends its lines with CRLF', () => {
    const csv = reviewCsv(tricky);
    expect(csv.startsWith('\uFEFF部分,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*(?:""[^"]*)*"/g, '').split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
  });

  it('parses back with csv-parse to the same rows', () => {
    const rows = parse(reviewCsv(tricky), { bom: true, relax_column_count: false }) as string[][];
    expect(rows).toEqual(reviewRows(tricky));
    expect(rows.length).toBeGreaterThan(20);
    const last = rows.at(-1)!;
    expect(last[1]).toBe('他说"免费"吗, 真的?');
    expect(last[4]).toBe('他说"免费"吗, 真的?\n第一行\r\n第二行');
  });

  it('writes every figure of the report', () => {
    const rows = reviewRows(SAMPLE_REPORT);
    const count = (section: string) => rows.filter((r) => r[0] === section).length;
    expect(count('每日提问量')).toBe(SAMPLE_REPORT.perDay.length);
    expect(count('未能回答的问题')).toBe(SAMPLE_REPORT.unanswered.length);
    expect(count('转交牵头单位')).toBe(SAMPLE_REPORT.handoffs.length);
    expect(rows.find((r) => r[0] === '概况' && r[1] === '提问')?.[3]).toBe(String(SAMPLE_REPORT.totals.turns));
  });
});
