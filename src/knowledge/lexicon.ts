/**
 * Loads knowledge/lexicon/: the jieba user dictionary, the synonym map and the stop words.
 *
 * Everything is checked here, before nodejieba sees it: nodejieba aborts the whole process on a
 * dictionary path that does not exist, and silently misreads a malformed line. A bad file stops
 * start-up with one KnowledgeError naming the file and the key (for text files, the line).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KnowledgeError } from './errors.js';
import { DEFAULT_KNOWLEDGE_DIR } from './load.js';
import { displayName, readJson, readText } from './readJson.js';

export const USER_DICT = 'lexicon/userdict.utf8';
/** jieba's main dictionary, pruned (see src/search/jiebaDict.ts). */
export const JIEBA_DICT = 'lexicon/jieba.dict.utf8';
export const SYNONYMS = 'lexicon/synonyms.json';
export const STOPWORDS = 'lexicon/stopwords.txt';
/**
 * jieba's keyword-extraction idf table, which nodejieba.load reads whether or not extract() is
 * ever called. We never call it; the stock 6 MB table costs a third of a second at start-up,
 * so jieba gets a one-line table instead.
 */
export const KEYWORD_IDF = 'lexicon/jieba-idf.utf8';

const word = z.string().min(1).regex(/^\S+$/, 'a word without spaces');

export const SynonymsFileSchema = z.strictObject({
  about: z.string().optional(),
  synonyms: z.array(z.strictObject({
    /** The policy's own words; each must occur in policy.txt. */
    terms: z.array(word).min(1),
    /** How people say it instead. */
    variants: z.array(word).min(1),
  })).min(1),
});

export interface UserDictEntry { word: string; freq: number; tag: string }

export interface Lexicon {
  /** Absolute path handed to nodejieba.load; known to exist and to parse. */
  userDictPath: string;
  /** Absolute path of jieba's main dictionary; known to exist and to have three columns a line. */
  dictPath: string;
  /** Absolute paths of the keyword tables nodejieba.load insists on; known to exist. */
  idfPath: string;
  stopwordsPath: string;
  userDict: readonly UserDictEntry[];
  synonyms: readonly { terms: readonly string[]; variants: readonly string[] }[];
  stopwords: ReadonlySet<string>;
}

/** Reads and checks the lexicon. `source` is policy.txt, which every synonym term must occur in. */
export function loadLexicon(source: string, dir: string = DEFAULT_KNOWLEDGE_DIR): Lexicon {
  const userDictPath = join(dir, USER_DICT);
  if (!existsSync(userDictPath)) throw new KnowledgeError(displayName(dir, USER_DICT), '', 'does not exist');
  const userDict = parseUserDict(displayName(dir, USER_DICT), readText(dir, USER_DICT));

  const dictPath = join(dir, JIEBA_DICT);
  checkColumns(displayName(dir, JIEBA_DICT), readText(dir, JIEBA_DICT));
  const idfPath = join(dir, KEYWORD_IDF);
  readText(dir, KEYWORD_IDF).split('\n').forEach((line, i) => {
    if (line.trim() && !/^\S+ \d+(\.\d+)?$/.test(line.trim())) {
      throw new KnowledgeError(displayName(dir, KEYWORD_IDF), `line ${i + 1}`, 'expected "word idf"');
    }
  });

  const { synonyms } = readJson(dir, SYNONYMS, SynonymsFileSchema);
  synonyms.forEach((entry, i) => entry.terms.forEach((term, j) => {
    if (!source.includes(term)) {
      throw new KnowledgeError(displayName(dir, SYNONYMS), `synonyms[${i}].terms[${j}]`, `"${term}" does not occur in policy.txt`);
    }
  }));

  const stopwords = new Set<string>();
  readText(dir, STOPWORDS).split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (/\s/.test(line)) throw new KnowledgeError(displayName(dir, STOPWORDS), `line ${i + 1}`, 'one word a line');
    stopwords.add(line);
  });

  return { userDictPath, dictPath, idfPath, stopwordsPath: join(dir, STOPWORDS), userDict, synonyms, stopwords };
}

/**
 * cppjieba aborts the process on a main-dictionary line without exactly three columns; one regular
 * expression over the file (a few milliseconds) finds such a line first.
 */
function checkColumns(file: string, text: string): void {
  const bad = /^(?![^ \n]+ \d+ [a-z]+$).*$/m.exec(text.replace(/\n$/, ''));
  if (bad) {
    const line = text.slice(0, bad.index).split('\n').length;
    throw new KnowledgeError(file, `line ${line}`, `expected "word freq tag", got "${bad[0].slice(0, 40)}"`);
  }
}

/** Lines are `word freq tag` (jieba reads two columns as word and tag, so we insist on three). */
function parseUserDict(file: string, text: string): UserDictEntry[] {
  const seen = new Set<string>();
  const entries: UserDictEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const cols = raw.trim().split(/\s+/);
    const [w, freq, tag] = cols;
    if (cols.length !== 3 || !/^\d+$/.test(freq!) || !/^[a-z]+$/.test(tag!)) {
      throw new KnowledgeError(file, `line ${i + 1}`, `expected "word freq tag", got "${raw.trim()}"`);
    }
    if (seen.has(w!)) throw new KnowledgeError(file, `line ${i + 1}`, `"${w}" is listed twice`);
    seen.add(w!);
    entries.push({ word: w!, freq: Number(freq), tag: tag! });
  });
  if (!entries.length) throw new KnowledgeError(file, '', 'is empty');
  return entries;
}
