/**
 * The one money formatter, for every channel and for the calculator's own words.
 *
 * Amounts the policy states are round figures in 万元 (3.6万元, 12万元, 100万元), so a sum of whole
 * thousands is written that way, as the reader sees it in the text. A computed sum that is not a
 * round figure (a loan's interest, 108750) is written in whole yuan with thousands grouped
 * ("108,750元"): exact, and read at a glance, where "10.875万元（108750元）" said it twice. Both are
 * exact; nothing is rounded here.
 */
import { say } from './messages.js';
import type { Amount } from './types.js';

/** 36000 → "3.6万元", 1000000 → "100万元", 108750 → "108,750元", 800 → "800元". */
export function formatYuan(yuan: number): string {
  if (!Number.isFinite(yuan)) return say('yuan', { n: String(yuan) });
  // `grouped` is for the English text, which gives both: RMB 120,000 (12万元).
  if (yuan >= 10000 && yuan % 1000 === 0) return say('yuanWan', { n: yuan / 10000, grouped: grouped(yuan) });
  return say('yuan', { n: grouped(yuan) });
}

/**
 * 108750 → "108,750", as toLocaleString('en-US') writes it. A whole, non-negative amount (every
 * amount the calculator makes) is grouped by hand: the Intl formatter cost more than the rest of an
 * answer's wording. Anything else (a fraction, a negative) still goes to the formatter.
 */
function grouped(yuan: number): string {
  if (!Number.isSafeInteger(yuan) || yuan < 0) return yuan.toLocaleString('en-US');
  const digits = String(yuan);
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = (end > 3 ? ',' : '') + digits.slice(Math.max(0, end - 3), end) + out;
  return out;
}

/** One amount with its period and cap: "最高12万元", "3.6万元/年，共3年". */
export function formatAmount(amount: Pick<Amount, 'yuan' | 'per' | 'years' | 'cap'>): string {
  const money = formatYuan(amount.yuan);
  const perYear = amount.per === 'year' ? say('amountPerYearShort', { amount: money }) : money;
  const years = amount.per === 'year' && amount.years ? say('amountYears', { years: amount.years }) : '';
  return (amount.cap ? say('amountCap', { amount: perYear }) : perYear) + years;
}
