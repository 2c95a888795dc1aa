/**
 * Which amount-bearing phrases of the policy (万元, 元, %, 年期, N年, 1:1, 比例) no rule accounts
 * for. A phrase is accounted for when a rule's stored number was matched to it, or when it lies
 * inside the quote of a target or budget (knowledge/targets.json): goals the city sets itself and
 * money it budgets, which nobody can claim. A non-empty result means a benefit is missing from
 * knowledge/rules/.
 */
import type { Knowledge } from '../knowledge/index.js';
import { findQuantities } from './numbers.js';
import type { RuleBook } from './rulebook.js';

export interface Phrase {
  index: number;
  raw: string;
  /** The clause the phrase is in. */
  clause: string;
}

/** Words that signal an amount even without a number next to them. */
const AMOUNT_WORDS = /比例|配套|贴息/g;
const AMOUNT_WORDS_ONE = /^(比例|配套|贴息)$/;

export function amountPhrases(source: string): { index: number; raw: string }[] {
  const quantities = findQuantities(source)
    .filter((q) => q.unit !== 'calendarYear')
    .map((q) => ({ index: q.index, raw: q.raw }));
  const words = [...source.matchAll(AMOUNT_WORDS)].map((m) => ({ index: m.index, raw: m[0] }));
  return [...quantities, ...words].sort((a, b) => a.index - b.index);
}

export function uncoveredPhrases(k: Knowledge, book: RuleBook): Phrase[] {
  const spanOf = (clauseId: string, quote: string): [number, number] => {
    const clause = k.clause(clauseId)!;
    const start = k.source.indexOf(clause.text) + clause.text.indexOf(quote);
    return [start, start + quote.length];
  };
  const targetSpans = k.targets.map((t) => spanOf(t.clause, t.quote));
  const ruleSpans = book.rules.map((r) => spanOf(r.clause, r.quote));
  const within = (spans: [number, number][], p: { index: number; raw: string }) =>
    spans.some(([s, e]) => p.index >= s && p.index + p.raw.length <= e);
  const claimed = new Set(book.claims.map((c) => c.index));

  const clauseAt = (i: number) =>
    k.clauses.find((c) => {
      const s = k.source.indexOf(c.text);
      return i >= s && i < s + c.text.length;
    })?.id ?? '?';
  return amountPhrases(k.source)
    .filter((p) => {
      if (within(targetSpans, p)) return false;
      // A number must be the very phrase a rule's stored value was matched to; a word such as
      // 配套 or 贴息 only needs to sit inside a rule's quote.
      return AMOUNT_WORDS_ONE.test(p.raw) ? !within(ruleSpans, p) : !claimed.has(p.index);
    })
    .map((p) => ({ ...p, clause: clauseAt(p.index) }));
}
