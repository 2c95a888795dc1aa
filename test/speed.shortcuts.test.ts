/**
 * The per-answer shortcuts (issue 10's speed line) give what the slower code they replace gave:
 * each is checked here against that code, kept as the reference.
 */
import { describe, expect, it } from 'vitest';
import { formatYuan } from '../src/answer/money.js';
import { say } from '../src/answer/messages.js';
import { isIsoDate } from '../src/dialogue/validity.js';
import { SparseSoftmax } from '../src/model/sparse.js';

/** The check isIsoDate made before: a Date round trip. */
function isoByDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value;
}

/** formatYuan before: the Intl formatter for every grouping. */
function yuanByIntl(yuan: number): string {
  if (!Number.isFinite(yuan)) return say('yuan', { n: String(yuan) });
  if (yuan >= 10000 && yuan % 1000 === 0) return say('yuanWan', { n: yuan / 10000, grouped: yuan.toLocaleString('en-US') });
  return say('yuan', { n: yuan.toLocaleString('en-US') });
}

/** A small deterministic random source (the tests stay the same from run to run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('isIsoDate', () => {
  it('agrees with the Date round trip on every day, month and year edge', () => {
    const years = [0, 1, 99, 100, 101, 1600, 1700, 1899, 1900, 1999, 2000, 2019, 2020, 2021, 2024, 2100, 2400, 9999];
    for (const y of years) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const v = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(isIsoDate(v), v).toBe(isoByDate(v));
        }
      }
    }
    for (const v of ['', '2021-6-30', '2021-06-30 ', '20210-06-30', '2021/06/30', '２０２１-06-30']) expect(isIsoDate(v), v).toBe(isoByDate(v));
  });
});

describe('formatYuan', () => {
  it('groups thousands as the Intl formatter does', () => {
    const next = lcg(10);
    const amounts = [0, 1, 999, 1000, 9999, 10000, 12345, 36000, 108750, 999999, 1000000, 2 ** 53 - 1, 2 ** 53, -1, -12345, 1234.5, 0.25, 1e21, NaN, Infinity];
    for (let i = 0; i < 5000; i++) amounts.push(Math.floor(next() * 10 ** (1 + next() * 13)));
    for (const yuan of amounts) expect(formatYuan(yuan), String(yuan)).toBe(yuanByIntl(yuan));
  });
});

describe('SparseSoftmax.evidenceFor', () => {
  it('gives, for each class asked, what evidence() by single weight look-ups gave', () => {
    const next = lcg(7);
    const classes = 12;
    const features = 40;
    const start = new Uint32Array(features + 1);
    const classOf: number[] = [];
    const weight: number[] = [];
    for (let f = 0; f < features; f++) {
      for (let k = 0; k < classes; k++) if (next() < 0.4) classOf.push(k), weight.push(Math.round((next() - 0.5) * 100) / 50);
      start[f + 1] = classOf.length;
    }
    const model = new SparseSoftmax(classes, start, Uint16Array.from(classOf), Float32Array.from(weight), new Float32Array(classes));
    const byLookUp = (x: { index: Int32Array; value: Float32Array }, k: number) => {
      const parts: [number, number][] = [];
      for (let i = 0; i < x.index.length; i++) parts.push([x.index[i]!, x.value[i]! * model.weightOf(x.index[i]!, k)]);
      return parts.filter(([, c]) => c > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 3).map(([f]) => f);
    };
    for (let trial = 0; trial < 50; trial++) {
      const index = [...new Set(Array.from({ length: 1 + Math.floor(next() * 15) }, () => Math.floor(next() * features)))];
      const x = { index: Int32Array.from(index), value: Float32Array.from(index, () => (next() < 0.5 ? 1 : next())) };
      const ks = [...new Set(Array.from({ length: 8 }, () => Math.floor(next() * classes)))];
      expect(model.evidenceFor(x, ks)).toEqual(ks.map((k) => byLookUp(x, k)));
    }
  });
});
