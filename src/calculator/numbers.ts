/**
 * Numbers as Chinese text writes them: 3.6万元, 五十万, 两年, 4.35%, 百分之五十, 1:1, 2024年.
 *
 * Used by the rules loader to check that each stored value equals the number its quote states, by
 * the coverage test that finds every amount-bearing phrase in the policy, and open to the
 * conversation layer for reading facts out of what people type ("贷了500万，一年，利率4.35%").
 *
 * Text is NFKC-normalised first (全角 ５００％ becomes 500%); NFKC keeps these characters one for
 * one, so `index` positions refer equally to the original text.
 */

export type QuantityUnit = 'yuan' | 'percent' | 'years' | 'months' | 'ratio' | 'calendarYear';

/** One number with its unit, as found in a text. */
export interface Quantity {
  /** Whole yuan for 'yuan' (3.6万元 → 36000); a/b for 'ratio'; otherwise the number as written. */
  value: number;
  unit: QuantityUnit;
  /** For 'ratio': the two sides, 1:1 → [1, 1]. */
  ratio?: [number, number];
  /** The matched text and where it starts. */
  raw: string;
  index: number;
}

const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

const CN = '[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二两三四五六七八九]+)?';
const AR = '\\d+(?:\\.\\d+)?';
const NUM = `(?:${AR}|${CN})`;
const CN_ONLY = new RegExp(`^${CN}$`, 'u');

// Order matters: the longest reading of a phrase wins at each position.
const PATTERN = new RegExp(
  [
    `(?<ratio>\\d+)\\s*:\\s*(?<ratio2>\\d+)`,
    `百分之(?<pct2>${NUM})`,
    `(?<pct>${NUM})\\s*%`,
    `(?<money>${NUM})\\s*(?<mult>[万亿])?\\s*(?<yuan>元|块钱?)`,
    `(?<money2>${NUM})\\s*(?<mult2>[万亿])`,
    `(?<months>${NUM})\\s*个月`,
    `(?<year>${NUM})\\s*(?:个)?年(?![级度])`,
  ].join('|'),
  'gu',
);

/**
 * The value of one number written in Arabic digits, Chinese numerals or a mix: "3.6" → 3.6,
 * "三十六" → 36, "两千" → 2000, "一千二百万" → 12000000, "三点六" → 3.6, "二〇二四" → 2024,
 * "3.6万" → 36000. Undefined when the text is not a number.
 */
export function parseChineseNumber(text: string): number | undefined {
  const s = text.normalize('NFKC').trim();
  if (s === '') return undefined;
  const mixed = /^(\d+(?:\.\d+)?)([万亿]?)$/.exec(s);
  if (mixed) return scale(Number(mixed[1]), mixed[2] === '万' ? 1e4 : mixed[2] === '亿' ? 1e8 : 1);
  if (!CN_ONLY.test(s)) return undefined;
  const [whole, fraction] = s.split('点') as [string, string | undefined];
  const integer = chineseInteger(whole);
  if (integer === undefined) return undefined;
  if (fraction === undefined) return integer;
  const digits = [...fraction].map((c) => DIGIT[c]).join('');
  return Number(`${integer}.${digits}`);
}

/** Multiplies without binary float noise: 3.6 × 10000 is 36000, not 36000.00000000001. */
function scale(value: number, factor: number): number {
  return factor === 1 ? value : Math.round(value * factor * 1e6) / 1e6;
}

function chineseInteger(s: string): number | undefined {
  if (s === '') return undefined;
  // A bare run of digits (二〇二四) is read positionally.
  if ([...s].every((c) => c in DIGIT)) return Number([...s].map((c) => DIGIT[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of s) {
    if (c in DIGIT) {
      digit = DIGIT[c]!;
    } else if (c in SMALL_UNIT) {
      // 十二: a leading 十 means 一十.
      section += (digit ?? 1) * SMALL_UNIT[c]!;
      digit = undefined;
    } else if (c === '万' || c === '亿') {
      const big = c === '万' ? 1e4 : 1e8;
      const part = (section + (digit ?? 0)) || 1;
      total = c === '亿' ? (total + part) * big : total + part * big;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * Every quantity in a text, left to right: money (万元/元/万/亿, as whole yuan), percentages,
 * durations in years (两年, 3年期, 5年内) and months (6个月), ratios (1:1) and calendar years
 * (2024年: four Arabic digits before 年 are a year, not a duration).
 */
export function findQuantities(text: string): Quantity[] {
  const s = text.normalize('NFKC');
  const found: Quantity[] = [];
  for (const m of s.matchAll(PATTERN)) {
    const g = m.groups!;
    const base = { raw: m[0], index: m.index };
    if (g.ratio !== undefined) {
      const a = Number(g.ratio);
      const b = Number(g.ratio2);
      if (b > 0) found.push({ ...base, value: a / b, unit: 'ratio', ratio: [a, b] });
    } else if (g.pct !== undefined || g.pct2 !== undefined) {
      push(found, base, g.pct ?? g.pct2!, 'percent');
    } else if (g.money !== undefined || g.money2 !== undefined) {
      const n = parseChineseNumber(g.money ?? g.money2!);
      const mult = (g.mult ?? g.mult2) === '万' ? 1e4 : (g.mult ?? g.mult2) === '亿' ? 1e8 : 1;
      if (n !== undefined) found.push({ ...base, value: Math.round(scale(n, mult)), unit: 'yuan' });
    } else if (g.months !== undefined) {
      push(found, base, g.months, 'months');
    } else if (g.year !== undefined) {
      const calendar = /^\d{4}$/.test(g.year);
      push(found, base, g.year, calendar ? 'calendarYear' : 'years');
    }
  }
  return found;
}

function push(found: Quantity[], base: { raw: string; index: number }, num: string, unit: QuantityUnit): void {
  const value = parseChineseNumber(num);
  if (value !== undefined) found.push({ ...base, value, unit });
}

/** The first amount of money in a text, in whole yuan ("贷了500万" → 5000000), if any. */
export function parseChineseAmount(text: string): number | undefined {
  return findQuantities(text).find((q) => q.unit === 'yuan')?.value;
}

/** Whole yuan the way the policy writes them; the one formatter every channel uses (../answer/money.ts). */
export { formatYuan } from '../answer/money.js';
