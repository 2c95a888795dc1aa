/**
 * Loads knowledge/lexicon/: the jieba user dictionary, the synonym map and the stop words.
 *
 * Everything is checked here, before nodejieba sees it: nodejieba aborts the whole process on a
 * dictionary path that does not exist, and silently misreads a malformed line. A bad file stops
 * start-up with one KnowledgeError naming the file and the key (for text files, the line).
 */
import { z } from 'zod';
import { KnowledgeError } from './errors.js';
import { DEFAULT_KNOWLEDGE_DIR } from './dir.js';
import { jiebaDictionaries, STOPWORDS, type UserDictEntry } from './jiebaDictionaries.js';
import { displayName, readJson, readText } from './readJson.js';

export { USER_DICT, JIEBA_DICT, STOPWORDS, KEYWORD_IDF, jiebaDictionaries, type JiebaDictionaries, type UserDictEntry } from './jiebaDictionaries.js';
export const SYNONYMS = 'lexicon/synonyms.json';

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
  const { userDictPath, userDict, dictPath, idfPath, stopwordsPath } = jiebaDictionaries(dir);

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

  return { userDictPath, dictPath, idfPath, stopwordsPath, userDict, synonyms, stopwords };
}
