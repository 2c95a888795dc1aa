/**
 * The clause index: built once from the knowledge at start-up, then answers queries in well under
 * a millisecond. Clause numbers resolve exactly; everything else is ranked by BM25F over jieba
 * terms (headings weigh more than body), with synonyms expanded and typos corrected, plus two
 * signals BM25 lacks: query terms meeting in one sentence, and a near match of a whole heading.
 */
import type { Knowledge } from '../knowledge/index.js';
import { Bm25Index, type Bm25Options, type WeightedTerm } from './bm25.js';
import { resolveClauseNumber } from './clauseNumber.js';
import { FuzzyVocabulary, type VocabularyEntry } from './fuzzy.js';
import { HeadingMatcher } from './headingMatch.js';
import { normalize } from './normalize.js';
import { analyzeQuery, spellCorrected, type AnalyzedQuery, type QueryContext } from './query.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import { lexicon } from './segment.js';
import { SentenceIndex, splitSentences } from './sentences.js';
import { termsOfClean } from './terms.js';

/** One ranked clause. */
export interface SearchHit {
  clauseId: string;
  /** Higher is better; a clause-number hit scores above every ranked hit. Not comparable across queries. */
  score: number;
  /** The sentence of the clause that best matched (its heading line when nothing in particular did). */
  sentence: string;
  /** 'number': the query named the clause; 'index': ranked on the asker's words and synonyms;
   *  'fuzzy': ranked mostly on typo corrections or a near heading match, so less sure. */
  via: 'number' | 'index' | 'fuzzy';
  /**
   * Share (0–1, idf-weighted) of what the asker mentioned that this clause contains. Low coverage
   * means most of the question is about something the clause does not speak of: the cue for
   * "the policy does not cover that" (北京积分落户 reaches item-17 on 落户 alone).
   */
  coverage: number;
}

export interface SearchOptions {
  /** Most hits returned (default 5). */
  limit?: number;
}

/** A query's ranking of every clause it reaches, read as deep as asked. */
export interface Ranking {
  /** The first `limit` hits (default 5), best first; a new array each time. */
  hits(limit?: number): SearchHit[];
}

export interface ClauseSearch {
  /**
   * Ranked clauses for a question, best first; [] when nothing in the policy matches. `analyzed`,
   * when given, is analyze(query) already worked out, so a caller that has it is not charged twice.
   */
  search(query: string, opts?: SearchOptions, analyzed?: AnalyzedQuery): SearchHit[];
  /** The same ranking, for a caller that will read it more than once, to different depths. */
  ranking(query: string, analyzed?: AnalyzedQuery): Ranking;
  /** The clause id a query names by number (第十七条, 17条, 第17條, 第二部分第（三）项), or null. */
  clauseNumber(query: string): string | null;
  /** How the query was read: its words, synonyms and typo corrections. For explaining and for OOS. */
  analyze(query: string): AnalyzedQuery;
  /**
   * The query normalised (normalize(), lower-cased) with typos replaced by the lexicon word they
   * were read as (博仕购房补贴 → 博士购房补贴), for fact extraction that matches exact words.
   */
  spellCorrect(query: string): string;
}

/** The ranking's weights, in one place. */
export const RANKING = Object.freeze({
  // Heading words count three times body words: a heading says what the clause is about, while
  // the body of a long clause mentions many things in passing.
  bm25: { k1: 1.2, fields: { heading: { weight: 3, b: 0.3 }, body: { weight: 1, b: 0.75 } } } satisfies Bm25Options,
  /** Weight of the best single sentence's matched idf mass (a cheap proximity signal). */
  sentence: 0.5,
  /** Score added for a whole-heading near match, times its closeness (0–1). */
  heading: 6,
  defaultLimit: 5,
});

/**
 * Each clause's heading and text as the index cuts them. The build gives jieba's first answers the
 * words in them, and their conversions to simplified characters, in advance (scripts/prebuilt.ts).
 */
export function indexedTexts(k: Knowledge): { heading: string; body: string }[] {
  return k.clauses.map((c) => ({ heading: normalize(c.heading).toLowerCase(), body: normalize(c.text).toLowerCase() }));
}

/** The lexicon's variants as the index matches them (normalised, lower-cased), longest first. */
export function synonymVariants(lex: Pick<Lexicon, 'synonyms'>): QueryContext['variants'] {
  return lex.synonyms
    .flatMap((s) => s.variants.map((v) => ({ variant: normalize(v).toLowerCase(), terms: s.terms })))
    .sort((a, b) => b.variant.length - a.variant.length);
}

export function createClauseSearch(k: Knowledge): ClauseSearch {
  const lex = lexicon();
  const stop = lex.stopwords;
  const clauses = k.clauses;
  const docs = indexedTexts(k).map((t) => ({ heading: termsOfClean(t.heading, stop), body: termsOfClean(t.body, stop) }));
  const index = new Bm25Index(docs, RANKING.bm25);
  const idf = (t: string) => index.idf(t);
  const termSets = docs.map((d) => new Set([...d.heading, ...d.body]));
  const sentences = new SentenceIndex(clauses.map((c) => splitSentences(c.text)));
  const headings = new HeadingMatcher(clauses.map((c) => normalize(c.heading).toLowerCase()));

  // One entry a word, with every policy term it stands for (院士工作站 is a user-dictionary word
  // and a variant of 院士专家工作站).
  const standsFor = new Map<string, Set<string>>();
  const add = (text: string, terms: readonly string[]) =>
    standsFor.set(text, new Set([...(standsFor.get(text) ?? []), ...terms]));
  for (const e of lex.userDict) add(e.word, [e.word]);
  for (const s of lex.synonyms) for (const text of [...s.terms, ...s.variants]) add(text, s.terms);
  const vocabulary: VocabularyEntry[] = [...standsFor].map(([text, terms]) => ({ text, terms: [...terms] }));
  const ctx: QueryContext = {
    lexicon: lex,
    known: (t) => index.has(t),
    fuzzy: new FuzzyVocabulary(vocabulary),
    variants: synonymVariants(lex),
  };
  const exists = (id: string) => k.clause(id) !== undefined;
  const clean = (q: string) => normalize(q).toLowerCase();

  /**
   * BM25F plus the best sentence's weight, for every clause some term reaches; `weights` are the
   * sentences' weights for these terms (SentenceIndex.weights), given when the caller has them.
   */
  function rank(terms: readonly WeightedTerm[], weights = sentences.weights(terms, idf)): Map<number, number> {
    const scores = index.score(terms);
    for (const doc of scores.keys()) {
      scores.set(doc, scores.get(doc)! + RANKING.sentence * sentences.best(doc, weights).score);
    }
    return scores;
  }

  function ranking(query: string, given?: AnalyzedQuery): Ranking {
    const text = clean(query);
    const analyzed = given ?? analyzeQuery(text, ctx);
    const named = resolveClauseNumber(text, exists);

    // The sentences' weights for the query's terms: the ranking and every hit's sentence read them.
    const weights = sentences.weights(analyzed.terms, idf);
    const scores = rank(analyzed.terms, weights);
    // What the ranking would be on the asker's own words and synonyms alone: a hit that owes
    // most of its score to typo corrections or a near heading is reported as 'fuzzy'.
    const asWritten = new Set(analyzed.concepts.filter((c) => c.via !== 'fuzzy').flatMap((c) => c.terms));
    const exactTerms = analyzed.terms.filter((t) => asWritten.has(t.term));
    const exact = exactTerms.length < analyzed.terms.length ? rank(exactTerms) : new Map(scores);
    // The asker's content words in order, without the question's glue, against whole headings.
    const pattern = analyzed.concepts.filter((c) => c.via !== 'synonym').map((c) => c.text).join('');
    for (const [doc, closeness] of headings.match(pattern)) {
      const bonus = RANKING.heading * closeness;
      scores.set(doc, (scores.get(doc) ?? 0) + bonus);
      if (closeness === 1) exact.set(doc, (exact.get(doc) ?? 0) + bonus);
    }

    const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const top = ranked[0]?.[1] ?? 0;
    const hit = (doc: number, score: number, via: SearchHit['via']): SearchHit => ({
      clauseId: clauses[doc]!.id, score, via,
      sentence: sentences.best(doc, weights).sentence,
      coverage: coverage(analyzed, termSets[doc]!, idf),
    });
    // Hits are made as far down the ranking as a caller has asked, and kept: a deeper look later
    // in the turn (the model reads 3, a reply 8) extends the list instead of ranking again.
    const hits: SearchHit[] = [];
    let next = 0;
    if (named) hits.push(hit(clauses.findIndex((c) => c.id === named), top + 1, 'number'));
    return {
      hits(limit = RANKING.defaultLimit) {
        for (; hits.length < limit && next < ranked.length; next++) {
          const [doc, score] = ranked[next]!;
          if (clauses[doc]!.id === named) continue;
          hits.push(hit(doc, score, (exact.get(doc) ?? 0) * 2 < score ? 'fuzzy' : 'index'));
        }
        return hits.slice(0, limit);
      },
    };
  }

  function search(query: string, opts: SearchOptions = {}, given?: AnalyzedQuery): SearchHit[] {
    return ranking(query, given).hits(opts.limit ?? RANKING.defaultLimit);
  }

  return {
    search,
    ranking,
    clauseNumber: (query) => resolveClauseNumber(clean(query), exists),
    analyze: (query) => analyzeQuery(clean(query), ctx),
    spellCorrect: (query) => {
      const text = clean(query);
      return spellCorrected(text, analyzeQuery(text, ctx));
    },
  };
}

/**
 * idf-weighted share of the query's concepts the clause speaks of. A concept counts whole when
 * the clause has one of its whole words (养老保险, or 购房补贴 for 买房), and only in part when
 * it has just pieces of them (保险 alone is not 养老保险).
 */
function coverage(q: AnalyzedQuery, terms: ReadonlySet<string>, idf: (t: string) => number): number {
  let total = 0;
  let found = 0;
  for (const c of q.concepts) {
    // A word no clause uses weighs like the rarest word, as far as it names a subject at all.
    const weight = c.salience !== undefined ? idf('') * c.salience : Math.max(0, ...c.terms.map(idf));
    total += weight;
    const whole = c.terms.filter((t) => !c.terms.some((u) => u !== t && u.includes(t)));
    let share = 0;
    if (whole.some((t) => terms.has(t))) share = 1;
    else {
      const mass = c.terms.reduce((sum, t) => sum + idf(t), 0);
      share = mass ? c.terms.filter((t) => terms.has(t)).reduce((sum, t) => sum + idf(t), 0) / mass : 0;
    }
    found += weight * share * (c.via === 'fuzzy' ? c.weight : 1);
  }
  return total ? Math.round((found / total) * 1000) / 1000 : 0;
}
