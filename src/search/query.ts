/**
 * What a query asks about: its words, each with the policy terms it stands for (itself and its
 * compound parts, synonym expansions, or a typo's correction).
 */
import type { Lexicon } from '../knowledge/lexicon.js';
import type { WeightedTerm } from './bm25.js';
import type { FuzzyVocabulary } from './fuzzy.js';
import { segment, wordClass } from './segment.js';
import { isTerm, termsOfClean } from './terms.js';

/** One thing the asker mentioned. */
export interface QueryConcept {
  /** The words as the asker wrote them (after normalize). */
  text: string;
  /** The policy terms searched for it. */
  terms: string[];
  /** How the terms were found: the word itself, a synonym, or the nearest word to a typo. */
  via: 'word' | 'synonym' | 'fuzzy';
  /** The policy word a synonym or typo was read as (院士专家工作站 for 院士工作站). */
  readAs?: string;
  /** For a typo of the same length, the lexicon word it was taken for (博士 for 博仕, 购房补贴 for 购方补贴). */
  correction?: string;
  /** How much the concept's terms count in ranking: 1, or for a typo its similarity × 0.8. */
  weight: number;
  /**
   * For a word no clause uses, how much it says about the question's subject (see salience()):
   * 北京 or 股市 tell what is asked, 帮忙 or 上班 only how. Absent for words the clauses use.
   */
  salience?: number;
}

export interface AnalyzedQuery {
  concepts: QueryConcept[];
  /** All terms, weighted: the best weight each term gets from any concept. */
  terms: WeightedTerm[];
}

export interface QueryContext {
  lexicon: Lexicon;
  /** Whether a term occurs in some clause. */
  known: (term: string) => boolean;
  fuzzy: FuzzyVocabulary;
  /** Synonym variants, lower-cased, longest first, with their terms. */
  variants: readonly { variant: string; terms: readonly string[] }[];
}

// Nouns (place and organisation names, abbreviations, Latin words included) name what a
// question is about; verbs and other words less so; time words, numbers, pronouns, adverbs,
// function words and the fragments jieba cannot place (要建, 签了) hardly at all.
const NOUNS = new Set(['n', 'ns', 'nr', 'nt', 'nz', 'nrt', 'nrfg', 'j', 'eng', 'vn', 'an', 'l', 'i']);
const GLUE = new Set(['m', 'mq', 't', 'tg', 'r', 'rr', 'rz', 'd', 'dg', 'p', 'c', 'u', 'uj', 'ul', 'uv', 'ud', 'ug', 'uz', 'y', 'e', 'o', 'q', 'f', 'x', 'zg']);
const salience = (pos: string) => (NOUNS.has(pos) ? 1 : GLUE.has(pos) ? 0.25 : 0.5);

// A typo's correction is trusted less than a word the asker actually wrote.
const FUZZY_DISCOUNT = 0.8;

/** Analyses normalised, lower-cased text. */
export function analyzeQuery(clean: string, ctx: QueryContext): AnalyzedQuery {
  const stop = ctx.lexicon.stopwords;
  const concepts: QueryConcept[] = [];

  const tokens = segment(clean).map((t) => t.toLowerCase());
  const starts: number[] = [];
  tokens.reduce((at, t) => (starts.push(at), at + t.length), 0);

  // Synonyms are found as substrings, longest first, so they work however jieba cuts around
  // them; but not inside a longer word (专项资金 inside 引才专项资金 is not the budget).
  const covered = new Array<boolean>(clean.length).fill(false);
  const insideLongerWord = (at: number, end: number) =>
    tokens.some((t, i) => starts[i]! <= at && end <= starts[i]! + t.length && t.length > end - at);
  for (const entry of variantsIn(clean, ctx.variants)) {
    const { variant, terms } = entry;
    for (let at = clean.indexOf(variant); at >= 0; at = clean.indexOf(variant, at + 1)) {
      const end = at + variant.length;
      if (covered.slice(at, end).every(Boolean) || insideLongerWord(at, end)) continue;
      for (let i = at; i < end; i++) covered[i] = true;
      concepts.push({ text: variant, via: 'synonym', readAs: terms.join('/'), weight: 1, terms: synonymTerms(entry, stop) });
    }
  }

  tokens.forEach((token, i) => {
    const start = starts[i]!;
    const end = start + token.length;
    if (!isTerm(token, stop) || covered.slice(start, end).every(Boolean)) return;
    covered.fill(true, start, end);
    const terms = termsOfClean(token, stop);
    if (terms.some(ctx.known)) {
      concepts.push({ text: token, terms, via: 'word', weight: 1 });
      return;
    }
    const pos = wordClass(token);
    const fix = pos === 'x' ? correct(token, tokens[i - 1], tokens[i + 1], ctx) : null;
    // A correction read together with the next word (购方+补贴) stands for that word too.
    if (fix && fix.text.length > token.length && clean.startsWith(fix.text, start)) covered.fill(true, start, start + fix.text.length);
    concepts.push(fix ?? { text: token, terms, via: 'word', weight: 1, salience: salience(pos) });
  });

  const best = new Map<string, number>();
  for (const c of concepts) for (const t of c.terms) best.set(t, Math.max(best.get(t) ?? 0, c.weight));
  return { concepts, terms: [...best].map(([term, weight]) => ({ term, weight })) };
}

type Variant = QueryContext['variants'][number];

/** Each variant's search terms, worked out on its first use: they depend on the lexicon alone, never on the message. */
const variantTerms = new WeakMap<Variant, string[]>();

/** A synonym variant's terms with those of the policy terms it stands for; a fresh array for each concept. */
function synonymTerms(entry: Variant, stop: ReadonlySet<string>): string[] {
  let terms = variantTerms.get(entry);
  if (!terms) {
    terms = [...new Set([...termsOfClean(entry.variant, stop), ...entry.terms.flatMap((t) => termsOfClean(t, stop))])];
    variantTerms.set(entry, terms);
  }
  return terms.slice();
}

/** For each list of variants, the indexes of those starting with each character (UTF-16 unit). */
const byFirstChar = new WeakMap<QueryContext['variants'], Map<string, number[]>>();

/**
 * The variants that can occur in `clean`, in their own order (longest first): those whose first
 * character it holds. Trying all of them (a few hundred indexOf a query) cost more than the rest of
 * the analysis; one that cannot occur never covered anything, so skipping it changes no concept.
 */
function variantsIn(clean: string, variants: QueryContext['variants']): QueryContext['variants'] {
  let index = byFirstChar.get(variants);
  if (!index) {
    index = new Map();
    variants.forEach(({ variant }, i) => {
      const list = index!.get(variant[0]!);
      if (list) list.push(i);
      else index!.set(variant[0]!, [i]);
    });
    byFirstChar.set(variants, index);
  }
  const found: number[] = [];
  for (const ch of new Set(clean.split(''))) {
    const list = index.get(ch);
    if (list) for (const i of list) found.push(i);
  }
  return found.sort((a, b) => a - b).map((i) => variants[i]!);
}

/**
 * A word neither the clauses nor jieba know: try it with its neighbour first (购方+补贴 →
 * 购房补贴), then alone.
 */
function correct(token: string, before: string | undefined, after: string | undefined, ctx: QueryContext): QueryConcept | null {
  const windows = [after && token + after, before && before + token, token].filter((w): w is string => !!w && !/[^\p{Script=Han}]/u.test(w));
  for (const text of windows) {
    const match = ctx.fuzzy.nearest(text);
    if (!match) continue;
    const terms = [...new Set(match.entry.terms.flatMap((t) => termsOfClean(t, ctx.lexicon.stopwords)))];
    return {
      text, terms, via: 'fuzzy', readAs: match.entry.terms.join('/'),
      // Only a like-for-like substitution rewrites the text; a near match of another length
      // (专家工做 ~ 专家工作站) would garble the words around it.
      ...(match.entry.text.length === text.length ? { correction: match.entry.text } : {}),
      weight: match.similarity * FUZZY_DISCOUNT,
    };
  }
  return null;
}

/** `clean` with each typo replaced by the word it was taken for: 博仕购房补贴 → 博士购房补贴. */
export function spellCorrected(clean: string, analyzed: AnalyzedQuery): string {
  let text = clean;
  for (const c of analyzed.concepts) if (c.correction) text = text.replace(c.text, c.correction);
  return text;
}
