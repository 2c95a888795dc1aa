/**
 * npm run bench (search part): retrieval accuracy on test/cases/retrieval.jsonl for our clause
 * search and two baselines on the same clauses, then our build time, time from process start to
 * the first answer, per-query latency and RSS. Run in a fresh process by bench/run.ts.
 *
 * Baselines, kept honest: both see the same 34 clauses and the same normalize()d text (our
 * normalisation, traditional→simplified included, is granted to them so that only retrieval is
 * compared).
 *  - BM25 over character bigrams, what Elasticsearch's `cjk` analyzer does (cjk_width, lowercase,
 *    cjk_bigram; Latin and digit runs kept whole; a lone Han character as a unigram), k1 1.2, b 0.75,
 *    one field holding heading and text, query terms OR-ed and summed as in a match query.
 *  - fuse.js as documented, over heading and text, ignoreLocation (the text of a clause is long;
 *    fuse's default location window would only look at its first hundred characters).
 */
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';

interface Case { q: string; expect: string; alsoOk?: string[]; kind: string }
type Ranker = (q: string) => string[];

const { knowledge } = await import('../src/knowledge/index.js');
const search = await import('../src/search/index.js');
const { bigramRank } = await import('./bigram.js');

const t0 = performance.now();
const k = knowledge();
search.lexicon(); // nodejieba load with the user dictionary
const t1 = performance.now();
const ours = search.createClauseSearch(k);
const t2 = performance.now();
const cases: Case[] = readFileSync(new URL('../test/cases/retrieval.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
ours.search(cases[0]!.q);
// performance.now() counts from performance.timeOrigin, the start of this process.
const firstAnswer = performance.now();

// Baseline (b): ES cjk analyzer + BM25 (bench/bigram.ts).
const bigram: Ranker = bigramRank;

// Baseline (c): plain fuse.js.
const fuse = new Fuse(
  k.clauses.map((c) => ({ id: c.id, heading: search.normalize(c.heading), text: search.normalize(c.text) })),
  { keys: ['heading', 'text'], includeScore: true, ignoreLocation: true },
);
const fuzzy: Ranker = (q) => fuse.search(search.normalize(q)).map((r) => r.item.id);

const oursRanker: Ranker = (q) => ours.search(q, { limit: 3 }).map((h) => h.clauseId);

function accuracy(rank: Ranker, subset: Case[] = cases): { top1: number; top3: number; misses: string[] } {
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const c of subset) {
    const ok = [c.expect, ...(c.alsoOk ?? [])];
    const got = rank(c.q).slice(0, 3);
    if (ok.includes(got[0] ?? '')) top1++;
    else misses.push(`${c.q} → ${got[0] ?? 'nothing'} (expected ${c.expect})`);
    if (got.some((id) => ok.includes(id))) top3++;
  }
  return { top1: top1 / subset.length, top3: top3 / subset.length, misses };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const systems: [string, Ranker][] = [['ours (jieba BM25F + synonyms + fuzzy)', oursRanker], ['BM25 over character bigrams', bigram], ['plain fuse.js', fuzzy]];
const withoutNumbers = cases.filter((c) => c.kind !== 'number');
console.log(`\nsearch: ${cases.length} questions over ${k.clauses.length} clauses (test/cases/retrieval.jsonl)`);
console.log(`${'system'.padEnd(40)} top-1   top-3   top-1 without clause-number questions (${withoutNumbers.length})`);
const results = systems.map(([name, rank]) => {
  const all = accuracy(rank);
  const words = accuracy(rank, withoutNumbers);
  console.log(`${name.padEnd(40)} ${pct(all.top1)}  ${pct(all.top3)}  ${pct(words.top1)}`);
  return all;
});

const kinds = [...new Set(cases.map((c) => c.kind))];
console.log(`ours top-1 by kind: ${kinds.map((kind) => {
  const subset = cases.filter((c) => c.kind === kind);
  return `${kind} ${pct(accuracy(oursRanker, subset).top1).trim()} (${subset.length})`;
}).join(', ')}`);
if (results[0]!.misses.length) console.log(`ours top-1 misses:\n  ${results[0]!.misses.join('\n  ')}`);

// Latency: every question, several rounds, each timed alone.
const samples: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const c of cases) {
    const start = performance.now();
    ours.search(c.q);
    samples.push(performance.now() - start);
  }
}
samples.sort((a, b) => a - b);
const quantile = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const memory = process.memoryUsage();
console.log(`nodejieba + lexicon load: ${(t1 - t0).toFixed(0)} ms; index build: ${(t2 - t1).toFixed(1)} ms`);
console.log(`process start → first answer: ${firstAnswer.toFixed(0)} ms`);
console.log(`per query (${samples.length} timed): p50 ${quantile(0.5).toFixed(3)} ms, p99 ${quantile(0.99).toFixed(3)} ms, max ${samples.at(-1)!.toFixed(3)} ms`);
console.log(`RSS ${mb(memory.rss)} (heap ${mb(memory.heapUsed)})`);

const [mine, bigramResult, fuseResult] = results;
if (mine!.top1 < 0.97 || mine!.top1 <= bigramResult!.top1 || mine!.top1 <= fuseResult!.top1) {
  console.error('search: top-1 must be at least 97% and above both baselines');
  process.exit(1);
}
