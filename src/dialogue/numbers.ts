/**
 * Numbers as people type them in Chinese: 17, １７ (already NFKC'd upstream), 十七, 二十一, 五百,
 * 三千五, 一千二百万, 4.35, 百分之四点三五, 两. Returns null when the string is not a number.
 */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10000, 亿: 100000000 };

/** Characters that may appear in a Chinese numeral (used to find numerals inside text). */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿点';

export function parseNumber(raw: string): number | null {
  const s = raw.trim().replace(/,/g, '');
  if (!s) return null;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const mixed = /^(\d+(?:\.\d+)?)([万亿])$/.exec(s);
  if (mixed) return Number(mixed[1]) * BIG_UNITS[mixed[2]!]!;
  return parseChinese(s);
}

function parseChinese(s: string): number | null {
  const [intPart, fracPart] = s.split('点');
  if (intPart === undefined || s.split('点').length > 2) return null;
  const whole = intPart === '' ? 0 : parseInteger(intPart);
  if (whole === null) return null;
  if (fracPart === undefined) return whole;
  let frac = '';
  for (const ch of fracPart) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    frac += String(d);
  }
  return frac ? Number(`${whole}.${frac}`) : null;
}

function parseInteger(s: string): number | null {
  // A plain digit run written in Chinese (二〇二四) is read digit by digit.
  if ([...s].every((ch) => DIGITS[ch] !== undefined) && s.length > 1) {
    return Number([...s].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  for (const ch of s) {
    if (DIGITS[ch] !== undefined) {
      digit = DIGITS[ch]!;
      // 一百零五: after 零 the next digit is units, not the unit below 百.
      if (digit === 0) lastUnit = 0;
    } else if (SMALL_UNITS[ch] !== undefined) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      lastUnit = SMALL_UNITS[ch]!;
      digit = null;
    } else if (BIG_UNITS[ch] !== undefined) {
      total += (section + (digit ?? 0)) * BIG_UNITS[ch]!;
      section = 0;
      digit = null;
      lastUnit = 0;
    } else {
      return null;
    }
  }
  // 三千五 means 3500: a trailing digit after a unit stands for the next unit down.
  if (digit !== null) section += lastUnit >= 10 ? digit * (lastUnit / 10) : digit;
  return total + section;
}
