/**
 * The retrieval set: questions written from the policy text, each with the clause that answers
 * it. Individual misses are reported, not failed; the set as a whole must reach 97% top-1.
 * Clause-number questions must all be exact.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { knowledge } from '../src/knowledge/index.js';
import { clauseSearch } from '../src/search/index.js';

export interface RetrievalCase { q: string; expect: string; alsoOk?: string[]; kind: string }

const cases: RetrievalCase[] = readFileSync(new URL('./cases/retrieval.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const search = clauseSearch();
const misses: string[] = [];

describe('the retrieval set', () => {
  it('has at least 150 questions and covers all 34 clauses', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const ids = knowledge().clauses.map((c) => c.id);
    expect(ids.filter((id) => !cases.some((c) => c.expect === id))).toEqual([]);
    for (const c of cases) expect(ids).toEqual(expect.arrayContaining([c.expect, ...(c.alsoOk ?? [])]));
  });

  it.each(cases)('$kind: $q → $expect', (c) => {
    const top = search.search(c.q, { limit: 3 }).map((h) => h.clauseId);
    if (![c.expect, ...(c.alsoOk ?? [])].includes(top[0] ?? '')) {
      misses.push(`${c.q} → expected ${c.expect}, got ${top.join(', ') || 'nothing'}`);
    }
    // Each question at least reaches its clause somewhere in the top three.
    expect(top).toEqual(expect.arrayContaining([expect.toBeOneOf([c.expect, ...(c.alsoOk ?? [])])]));
  });

  it.each(cases.filter((c) => c.kind === 'number'))('resolves $q to exactly $expect', (c) => {
    expect(search.clauseNumber(c.q)).toBe(c.expect);
    expect(search.search(c.q)[0]).toMatchObject({ clauseId: c.expect, via: 'number' });
  });

  afterAll(() => {
    const top1 = 1 - misses.length / cases.length;
    if (misses.length) console.log(`top-1 misses (${misses.length}/${cases.length}):\n  ${misses.join('\n  ')}`);
    console.log(`retrieval top-1: ${(top1 * 100).toFixed(1)}%`);
    expect(top1).toBeGreaterThanOrEqual(0.97);
  });
});
