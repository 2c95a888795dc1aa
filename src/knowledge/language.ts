/**
 * The one interpreter of the language books: the JSON files under knowledge/language/zh/ (how
 * Chinese is said, whatever the policy) and the policy's own word files under knowledge/lexicon/
 * (places.json). Code asks a book for the patterns, word lists, word tables and texts it uses, by
 * name; the loader checks every name exists and that the book holds nothing the code does not ask
 * for, so a misspelt key stops start-up instead of silently matching nothing.
 *
 * A pattern is a JavaScript regular expression over normalised text. `{{name}}` inside it stands for
 * a word list, of the same book or of the policy's places (knowledge/lexicon/places.json), joined
 * with "|" in the listed order (each word regex-escaped). Patterns are compiled once, when the book
 * is first asked for, never per message.
 *
 * Books may carry examples: `match` (each must match) and `noMatch` (each must not); one test file
 * (test/language.books.test.ts) runs them all.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { speaking } from './speaking.js';
import { KnowledgeError } from './errors.js';
import { DEFAULT_KNOWLEDGE_DIR } from './load.js';
import { displayName, readJson } from './readJson.js';

/** The policy's place words, which any book's pattern may name as {{here}}, {{otherPlaces}} … */
export const PLACES_BOOK = 'lexicon/places.json';

const key = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a name like "fullTimeNo"');

export const PatternSchema = z.union([
  z.string().min(1),
  z.strictObject({
    re: z.string().min(1),
    /** JavaScript flags: g (for replace and matchAll), i, u. */
    flags: z.string().regex(/^[giu]*$/, 'flags among g, i, u').optional(),
    /** Why the pattern is as it is, for the next person who edits it. */
    note: z.string().optional(),
    /** Texts the pattern must match … */
    match: z.array(z.string().min(1)).optional(),
    /** … and texts it must not. */
    noMatch: z.array(z.string().min(1)).optional(),
  }),
]);

export const LanguageBookSchema = z.strictObject({
  about: z.string().min(1),
  /** Word lists: used by code as lists, and inside patterns as {{name}}. */
  words: z.record(key, z.array(z.string().min(1)).min(1)).default({}),
  /** Words with a number each (今年 → 0 years back, 十 → 10). */
  tables: z.record(key, z.record(z.string().min(1), z.number())).default({}),
  patterns: z.record(key, PatternSchema).default({}),
  /** Rewrites, in order: each [from, to] replaces every occurrence of the word `from` (啥 → 什么). */
  rewrites: z.record(key, z.array(z.tuple([z.string().min(1), z.string()])).min(1)).default({}),
  /** Sentences the bot says; `{name}` marks a value filled in by the code. */
  texts: z.record(key, z.string().min(1)).default({}),
});

export type LanguageBookFile = z.infer<typeof LanguageBookSchema>;

/** One pattern as written in a book, with its examples, for the test that runs them. */
export interface PatternEntry {
  name: string;
  regex: RegExp;
  match: readonly string[];
  noMatch: readonly string[];
}

interface Book {
  file: string;
  data: LanguageBookFile;
  /** Names the code has asked for, per section; checked against the file once all are known. */
  compiled: Map<string, RegExp>;
}

const books = new Map<string, Book>();
/** How many patterns have been compiled in this process: grows at load, never per message. */
let compiledCount = 0;

/** The number of patterns compiled so far (a test checks answering compiles none). */
export function compiledPatterns(): number {
  return compiledCount;
}

function book(path: string, dir: string): Book {
  const id = `${dir}\0${path}`;
  let b = books.get(id);
  if (!b) {
    b = { file: displayName(dir, path), data: readJson(dir, path, LanguageBookSchema), compiled: new Map() };
    books.set(id, b);
  }
  return b;
}

/** A word as a regular expression that matches it literally. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Expands {{name}} from the book's own words, then the policy's places. */
function expand(source: string, own: Book, dir: string, at: string): string {
  return source.replace(/\{\{([a-zA-Z0-9]+)\}\}/g, (_m, name: string) => {
    const list = own.data.words[name] ?? (own.file === displayName(dir, PLACES_BOOK) ? undefined : book(PLACES_BOOK, dir).data.words[name]);
    if (!list) throw new KnowledgeError(own.file, at, `names the word list {{${name}}}, which neither this book nor ${PLACES_BOOK} defines`);
    return list.map(escapeRegExp).join('|');
  });
}

function compile(b: Book, name: string, dir: string): RegExp {
  let re = b.compiled.get(name);
  if (re) return re;
  const entry = b.data.patterns[name];
  if (entry === undefined) throw new KnowledgeError(b.file, `patterns.${name}`, 'is missing; the code needs it');
  const { re: source, flags } = typeof entry === 'string' ? { re: entry, flags: '' } : entry;
  try {
    re = new RegExp(expand(source, b, dir, `patterns.${name}`), flags ?? '');
  } catch (err) {
    if (err instanceof KnowledgeError) throw err;
    throw new KnowledgeError(b.file, `patterns.${name}`, `is not a valid regular expression (${(err as Error).message})`);
  }
  b.compiled.set(name, re);
  compiledCount++;
  return re;
}

function referenced(b: Book): string[] {
  return Object.values(b.data.patterns).flatMap((e) => [...(typeof e === 'string' ? e : e.re).matchAll(/\{\{([a-zA-Z0-9]+)\}\}/g)].map((m) => m[1]!));
}

function unused(b: Book, section: 'patterns' | 'words' | 'tables' | 'texts' | 'rewrites', names: readonly string[]): void {
  const wanted = new Set(names);
  const extra = Object.keys(b.data[section]).find((n) => !wanted.has(n));
  if (extra) throw new KnowledgeError(b.file, `${section}.${extra}`, 'is not used by the code; remove it or name it in the code');
}

/**
 * The named patterns of a book, compiled. `names` lists every pattern the book holds: a pattern the
 * code asks for and the book lacks, or one the book holds and nobody asks for, is a KnowledgeError.
 */
export function patterns<const N extends string>(path: string, names: readonly N[], dir: string = DEFAULT_KNOWLEDGE_DIR): Readonly<Record<N, RegExp>> {
  const b = book(path, dir);
  unused(b, 'patterns', names);
  return Object.freeze(Object.fromEntries(names.map((n) => [n, compile(b, n, dir)]))) as Record<N, RegExp>;
}

/** The named word lists of a book (every one the book holds, as for patterns). */
export function words<const N extends string>(path: string, names: readonly N[], dir: string = DEFAULT_KNOWLEDGE_DIR): Readonly<Record<N, readonly string[]>> {
  const b = book(path, dir);
  // Lists a pattern names as {{list}} are used; the policy's places serve every book.
  if (path !== PLACES_BOOK) unused(b, 'words', [...names, ...referenced(b)]);
  return Object.freeze(Object.fromEntries(names.map((n) => {
    const list = b.data.words[n];
    if (!list) throw new KnowledgeError(b.file, `words.${n}`, 'is missing; the code needs it');
    return [n, Object.freeze([...list])];
  }))) as Record<N, readonly string[]>;
}

/** The named word tables of a book (every one the book holds). */
export function tables<const N extends string>(path: string, names: readonly N[], dir: string = DEFAULT_KNOWLEDGE_DIR): Readonly<Record<N, Readonly<Record<string, number>>>> {
  const b = book(path, dir);
  unused(b, 'tables', names);
  return Object.freeze(Object.fromEntries(names.map((n) => {
    const table = b.data.tables[n];
    if (!table) throw new KnowledgeError(b.file, `tables.${n}`, 'is missing; the code needs it');
    return [n, Object.freeze({ ...table })];
  }))) as Record<N, Readonly<Record<string, number>>>;
}

/** The named rewrites of a book (every one the book holds), each word compiled once as a global pattern. */
export function rewrites<const N extends string>(path: string, names: readonly N[], dir: string = DEFAULT_KNOWLEDGE_DIR): Readonly<Record<N, readonly (readonly [RegExp, string])[]>> {
  const b = book(path, dir);
  unused(b, 'rewrites', names);
  return Object.freeze(Object.fromEntries(names.map((n) => {
    const list = b.data.rewrites[n];
    if (!list) throw new KnowledgeError(b.file, `rewrites.${n}`, 'is missing; the code needs it');
    return [n, Object.freeze(list.map(([from, to]) => Object.freeze([new RegExp(escapeRegExp(from), 'g'), to] as const)))];
  }))) as Record<N, readonly (readonly [RegExp, string])[]>;
}

/** The named texts of a book (every one the book holds). */
export function texts<const N extends string>(path: string, names: readonly N[], dir: string = DEFAULT_KNOWLEDGE_DIR): Readonly<Record<N, string>> {
  const b = book(path, dir);
  unused(b, 'texts', names);
  const chinese = Object.fromEntries(names.map((n) => {
    const text = b.data.texts[n];
    if (text === undefined) throw new KnowledgeError(b.file, `texts.${n}`, 'is missing; the code needs it');
    return [n, text];
  })) as Record<N, string>;
  // A book with an English twin (language/en/… for language/zh/…, issue 14) answers in English while
  // the bot writes English; the twin is read on the first English text, never for a Chinese one.
  const twin = path.startsWith('language/zh/') ? path.replace('language/zh/', 'language/en/') : null;
  if (!twin || !existsSync(join(dir, twin))) return Object.freeze(chinese);
  let english: Record<string, string> | undefined;
  const out = {} as Record<N, string>;
  for (const n of names) {
    Object.defineProperty(out, n, {
      enumerable: true,
      get: () => {
        if (speaking() !== 'en') return chinese[n];
        english ??= readJson(dir, twin, LanguageBookSchema).texts;
        return english[n] ?? chinese[n];
      },
    });
  }
  return Object.freeze(out);
}

/** Fills `{name}` slots of a text; a slot without a value is a bug in the caller, kept visible. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{([a-zA-Z0-9]+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** Every pattern of a book file with its examples, compiled the way the code compiles it. */
export function patternEntries(path: string, dir: string = DEFAULT_KNOWLEDGE_DIR): PatternEntry[] {
  const b = book(path, dir);
  return Object.entries(b.data.patterns).map(([name, entry]) => ({
    name,
    regex: compile(b, name, dir),
    match: typeof entry === 'string' ? [] : entry.match ?? [],
    noMatch: typeof entry === 'string' ? [] : entry.noMatch ?? [],
  }));
}
