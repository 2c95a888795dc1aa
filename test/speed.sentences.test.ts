/**
 * The clause index's sentence weights (SentenceIndex, issue 10's speed line) give what
 * bestSentence, kept as the reference, gives: the same best sentence and the same score, to the
 * last bit, for every clause and every query of the case sets, and for pieces of them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../src/knowledge/index.js';
import { clauseSearch } from '../src/search/index.js';
import { bestSentence, SentenceIndex, splitSentences } from '../src/search/sentences.js';
import type { WeightedTerm } from '../src/search/bm25.js';

/** The turns of the case sets written from the policy text (not the blind sets). */
function caseTexts(): string[] {
  const texts = new Set<string>();
  for (const file of ['conversations.jsonl', 'retrieval.jsonl', 'zh-dev-2.jsonl', 'new-users.jsonl', 'oos-holdout.jsonl']) {
    for (const line of readFileSync(new URL(`./cases/${file}`, import.meta.url), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as { turns?: unknown[]; query?: unknown; q?: unknown };
      for (const t of [...(c.turns ?? []), c.query, c.q]) if (typeof t === 'string') texts.add(t);
    }
  }
  return [...texts];
}

describe('SentenceIndex', () => {
  const clauses = knowledge().clauses.map((c) => splitSentences(c.text));
  const index = new SentenceIndex(clauses);
  // A stand-in idf that differs from term to term, so a wrong term's weight would show.
  const idf = (t: string) => 1 + (t.length % 5) / 3 + t.charCodeAt(0) / 65536;

  /** Where the two disagree, as `terms @clause`. */
  function disagreements(terms: readonly WeightedTerm[]): string[] {
    const weights = index.weights(terms, idf);
    const out: string[] = [];
    clauses.forEach((sentences, doc) => {
      const fast = index.best(doc, weights);
      const slow = bestSentence(sentences, terms, idf);
      if (fast.sentence !== slow.sentence || !Object.is(fast.score, slow.score)) out.push(`${terms.map((t) => t.term).join('|')} @${doc}`);
    });
    return out;
  }

  it('agrees with bestSentence on every case-set query, its terms alone and in pieces', () => {
    const texts = caseTexts();
    expect(texts.length).toBeGreaterThan(500);
    const bad: string[] = [];
    for (const text of texts) {
      const { terms } = clauseSearch().analyze(text);
      bad.push(...disagreements(terms), ...terms.flatMap((t) => disagreements([t])), ...disagreements(terms.slice(1)));
    }
    expect(bad).toEqual([]);
  });

  it('agrees on terms of one character, of odd characters, absent words and the empty term', () => {
    const odd = ['3', '元', 'a', '年', '（', '、', '\u{20000}', '𠀀x', '不存在的词', '', '博士', '万元', '第十七条', '2019'];
    const bad = odd.flatMap((term) => disagreements([{ term, weight: 0.7 }]));
    bad.push(...disagreements(odd.map((term, i) => ({ term, weight: 1 / (i + 1) }))));
    expect(bad).toEqual([]);
  });
});
