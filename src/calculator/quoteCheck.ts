/**
 * "A number cannot be wrong and still load": every number stored in a rule must be a number its
 * quote states, in the same unit. Each stored number claims one phrase of the source, so the
 * coverage test can tell which amount-bearing phrases of the policy no rule accounts for.
 */
import type { Rule } from '../knowledge/rulesSchema.js';
import { findQuantities, type Quantity, type QuantityUnit } from './numbers.js';

/** A number a rule stores, where it is stored (for the error message) and the quote it rests on. */
export interface StatedNumber {
  key: string;
  value: number;
  unit: QuantityUnit;
  ratio?: [number, number];
  quote: string;
}

/** The phrase of the source a stored number was matched to. */
export interface Claim {
  rule: string;
  key: string;
  /** Offset in the policy source (knowledge/policy.txt). */
  index: number;
  raw: string;
}

/** Every number a rule stores, with its unit. A new numeric field must be added here. */
export function statedNumbers(rule: Rule): StatedNumber[] {
  const out: StatedNumber[] = [];
  rule.conditions.forEach((c, i) => {
    const quote = c.quote ?? rule.quote;
    if (c.test === 'atLeast') out.push({ key: `conditions[${i}].value`, value: c.value, unit: c.unit, quote });
    if (c.test === 'withinYears') out.push({ key: `conditions[${i}].years`, value: c.years, unit: 'years', quote });
  });
  const a = rule.amount;
  const q = rule.quote;
  switch (a.kind) {
    case 'fixed':
    case 'capped':
      out.push({ key: 'amount.yuan', value: a.yuan, unit: 'yuan', quote: q });
      break;
    case 'perYear':
      out.push({ key: 'amount.yuan', value: a.yuan, unit: 'yuan', quote: q });
      if (a.years !== undefined) out.push({ key: 'amount.years', value: a.years, unit: 'years', quote: q });
      break;
    case 'share':
      if (a.percent !== undefined) out.push({ key: 'amount.percent', value: a.percent, unit: 'percent', quote: q });
      if (a.ratio) out.push({ key: 'amount.ratio', value: a.ratio[0] / a.ratio[1], unit: 'ratio', ratio: a.ratio, quote: q });
      break;
    case 'interest':
      out.push({ key: 'amount.sharePercent', value: a.sharePercent, unit: 'percent', quote: q });
      out.push({ key: 'amount.capYuan', value: a.capYuan, unit: 'yuan', quote: q });
      break;
    case 'inKind':
      if (a.years !== undefined) out.push({ key: 'amount.years', value: a.years, unit: 'years', quote: q });
      break;
    case 'unstated':
      break;
  }
  return out;
}

function same(q: Quantity, n: StatedNumber): boolean {
  if (q.unit !== n.unit || q.value !== n.value) return false;
  return !n.ratio || (q.ratio?.[0] === n.ratio[0] && q.ratio?.[1] === n.ratio[1]);
}

/**
 * Matches each stated number to a distinct phrase of its quote. `quoteAt` gives the source offset
 * of a quote. Returns the claims, or the first number that matches nothing, with what the quote says.
 */
export function matchNumbers(
  rule: Rule,
  quoteAt: (quote: string) => number,
): { claims: Claim[] } | { key: string; detail: string } {
  const claims: Claim[] = [];
  for (const n of statedNumbers(rule)) {
    const base = quoteAt(n.quote);
    const found = findQuantities(n.quote)
      .map((q) => ({ q, index: base + q.index }))
      .find(({ q, index }) => same(q, n) && !claims.some((c) => c.index === index));
    if (!found) {
      const said = findQuantities(n.quote).filter((q) => q.unit === n.unit).map((q) => `${q.raw} (${q.value})`);
      const detail = said.length
        ? `is ${n.value} but the quote states ${said.join(', ')}`
        : `is ${n.value} but the quote "${n.quote}" states no ${n.unit}`;
      return { key: n.key, detail };
    }
    claims.push({ rule: rule.id, key: n.key, index: found.index, raw: found.q.raw });
  }
  return { claims };
}
