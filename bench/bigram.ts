/**
 * The trivial baseline every router is held against (issue 11): BM25 over the clauses' text in
 * character bigrams, what Elasticsearch's `cjk` analyzer does (cjk_width, lowercase, cjk_bigram;
 * Latin and digit runs kept whole; a lone Han character as a unigram), k1 1.2, b 0.75, query terms
 * OR-ed and summed as in a match query. It gets our normalize() so that only retrieval is compared.
 */
import { knowledge } from '../src/knowledge/index.js';
import { Bm25Index } from '../src/search/bm25.js';
import { normalize } from '../src/search/index.js';

export function cjkBigrams(text: string): string[] {
  const tokens: string[] = [];
  for (const run of normalize(text).toLowerCase().match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:\.\d+)?/gu) ?? []) {
    if (!/\p{Script=Han}/u.test(run)) tokens.push(run);
    else if (run.length === 1) tokens.push(run);
    else for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
  }
  return tokens;
}

let index: Bm25Index | undefined;

/** Clause ids, best first, for a question. */
export function bigramRank(q: string): string[] {
  const clauses = knowledge().clauses;
  index ??= new Bm25Index(clauses.map((c) => ({ text: cjkBigrams(c.text) })));
  const counts = new Map<string, number>();
  for (const t of cjkBigrams(q)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const scores = index.score([...counts].map(([term, weight]) => ({ term, weight })));
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => clauses[doc]!.id);
}
