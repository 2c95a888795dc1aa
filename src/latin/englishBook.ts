/**
 * The English book (knowledge/language/en/understand.json), loaded and checked once, on the first
 * English message: its phrases cut into words and stemmed the way messages are (wink-nlp's English
 * model), so "incubators" meets "incubator" and "high-tech" meets "high tech".
 */
import { createRequire } from 'node:module';
import { z } from 'zod';
import type WinkNLP from 'wink-nlp';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/dir.js';
import { readJson } from '../knowledge/readJson.js';

export const ENGLISH_BOOK = 'language/en/understand.json';

const phrases = z.record(z.string().min(1), z.string());
const BookSchema = z.strictObject({
  about: z.string(),
  concepts: phrases,
  words: phrases,
  verbs: phrases,
  places: phrases,
  times: phrases,
  adverbs: phrases,
  prepositions: z.array(z.string()),
  numbers: z.record(z.string(), z.number()),
  scales: z.record(z.string(), z.number()),
  money: z.array(z.string()),
  durations: z.record(z.string(), z.string()),
  percent: z.array(z.string()),
  clauseNouns: z.array(z.string()),
  partNouns: z.array(z.string()),
  sectionNouns: z.array(z.string()),
  ordinals: z.record(z.string(), z.number()),
  months: z.record(z.string(), z.number()),
  offTopic: phrases,
  offTopicUnless: z.array(z.string()),
});

/** What a phrase is to the reader: it decides where its Chinese goes and whether the answer is English. */
export type PhraseKind = 'concept' | 'word' | 'verb' | 'place' | 'time' | 'adverb' | 'offTopic';

export interface Phrase {
  zh: string;
  kind: PhraseKind;
}

export interface Token {
  /** As typed. */
  value: string;
  /** Lower case, stemmed; a number's own value. */
  stem: string;
  kind: 'word' | 'number' | 'han' | 'punctuation' | 'other';
  /** A word like "the", "is", "it" (wink-nlp's stop words): no subject of its own. */
  stop?: boolean;
}

export interface EnglishBook {
  /** Phrases by their stems joined with a space. */
  phrases: ReadonlyMap<string, Phrase>;
  /** The most words any phrase has. */
  longest: number;
  prepositions: ReadonlySet<string>;
  numbers: ReadonlyMap<string, number>;
  scales: ReadonlyMap<string, number>;
  money: ReadonlySet<string>;
  durations: ReadonlyMap<string, string>;
  percent: ReadonlySet<string>;
  clauseNouns: ReadonlySet<string>;
  partNouns: ReadonlySet<string>;
  sectionNouns: ReadonlySet<string>;
  ordinals: ReadonlyMap<string, number>;
  months: ReadonlyMap<string, number>;
  /** Stemmed phrases that, said of a talent the city brings in, keep an off-topic subject inside item 17's services. */
  offTopicUnless: ReadonlySet<string>;
  tokens(text: string): Token[];
}

let loaded: EnglishBook | undefined;
let grammarWords: ReadonlySet<string> | undefined;

/**
 * The words, as written, of the book's phrases that are not the policy's names ("how", "much",
 * "who"): a Chinese message holding none of them is never handed to the English reader, so a
 * Chinese message with "GDP" or "PhD" in it neither loads the English model nor changes.
 */
export function englishGrammarWords(dir: string = DEFAULT_KNOWLEDGE_DIR): ReadonlySet<string> {
  if (!grammarWords) {
    const book = readJson(dir, ENGLISH_BOOK, BookSchema);
    const words = new Set<string>();
    for (const section of [book.words, book.verbs, book.times, book.adverbs, book.offTopic]) {
      for (const phrase of Object.keys(section)) for (const w of phrase.toLowerCase().split(/[\s-]+/)) if (w.length > 1) words.add(w);
    }
    grammarWords = words;
  }
  return grammarWords;
}

export function englishBook(): EnglishBook {
  loaded ??= loadEnglishBook();
  return loaded;
}

const HAN = /\p{Script=Han}/u;

function loadEnglishBook(dir: string = DEFAULT_KNOWLEDGE_DIR): EnglishBook {
  const book = readJson(dir, ENGLISH_BOOK, BookSchema);
  // Required here, not imported: the English model takes a second or more to load, which a
  // process that never sees an English message (every Chinese start-up) must not pay.
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as typeof WinkNLP;
  const nlp = winkNLP(require('wink-eng-lite-web-model'));
  const its = nlp.its;
  const tokens = (text: string): Token[] => {
    const out: Token[] = [];
    nlp.readDoc(text).tokens().each((t: { out(f: unknown): unknown }) => {
      const value = t.out(its.value) as string;
      const type = t.out(its.type) as string;
      // A hyphen or an apostrophe's "s" joins or marks words; it never changes what they name.
      if (value === '-' || value === "'s" || value === '’s') return;
      if (HAN.test(value)) out.push({ value, stem: value, kind: 'han' });
      else if (type === 'number') out.push({ value, stem: value.replace(/,/g, ''), kind: 'number' });
      else if (type === 'punctuation') out.push({ value, stem: value, kind: 'punctuation' });
      else if (type === 'word') out.push({ value, stem: (t.out(its.stem) as string).toLowerCase(), kind: 'word', stop: t.out(its.stopWordFlag) === true });
      else out.push({ value, stem: value.toLowerCase(), kind: 'other' });
    });
    return out;
  };
  const stems = (phrase: string) => tokens(phrase).map((t) => t.stem).join(' ');

  const map = new Map<string, Phrase>();
  let longest = 1;
  const sections: [Record<string, string>, PhraseKind][] = [
    [book.concepts, 'concept'], [book.words, 'word'], [book.verbs, 'verb'], [book.places, 'place'], [book.times, 'time'], [book.adverbs, 'adverb'],
    [book.offTopic, 'offTopic'],
  ];
  for (const [entries, kind] of sections) {
    for (const [en, zh] of Object.entries(entries)) {
      const key = stems(en);
      if (!map.has(key)) map.set(key, { zh, kind });
      longest = Math.max(longest, key.split(' ').length);
    }
  }
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const table = <T>(r: Record<string, T>) => new Map(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    phrases: map, longest, tokens,
    prepositions: lower(book.prepositions), numbers: table(book.numbers), scales: table(book.scales), money: lower(book.money),
    durations: table(book.durations), percent: lower(book.percent), clauseNouns: lower(book.clauseNouns), partNouns: lower(book.partNouns), sectionNouns: lower(book.sectionNouns),
    ordinals: table(book.ordinals), months: table(book.months),
    offTopicUnless: new Set(book.offTopicUnless.map(stems)),
  };
}
