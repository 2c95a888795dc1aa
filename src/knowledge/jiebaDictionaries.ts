/**
 * The files nodejieba.load reads, and their checks. Apart from the rest of the lexicon, and free of
 * zod, so that jieba can start loading on its own thread a few modules into start-up
 * (src/search/jiebaEarly.ts), before the policy and the schemas have loaded.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from './dir.js';
import { KnowledgeError } from './errors.js';
import { displayName, readText } from './readJson.js';

export const USER_DICT = 'lexicon/userdict.utf8';
/** jieba's main dictionary, pruned (see src/search/jiebaDict.ts). */
export const JIEBA_DICT = 'lexicon/jieba.dict.utf8';
export const STOPWORDS = 'lexicon/stopwords.txt';
/**
 * jieba's keyword-extraction idf table, which nodejieba.load reads whether or not extract() is
 * ever called. We never call it; the stock 6 MB table costs a third of a second at start-up,
 * so jieba gets a one-line table instead.
 */
export const KEYWORD_IDF = 'lexicon/jieba-idf.utf8';

export interface UserDictEntry { word: string; freq: number; tag: string }

/** jieba's dictionaries, checked: what nodejieba.load is given. */
export interface JiebaDictionaries {
  userDictPath: string;
  dictPath: string;
  idfPath: string;
  stopwordsPath: string;
  userDict: readonly UserDictEntry[];
}

/** The shipped dictionaries, once checked (a test's own directory is checked every time). */
let shipped: JiebaDictionaries | undefined;

/**
 * Checks the files nodejieba will read (it aborts the process on a missing one and misreads a
 * malformed line), without the rest of the lexicon: so jieba can start loading before the policy
 * text is read (src/search/jiebaThread.ts).
 */
export function jiebaDictionaries(dir: string = DEFAULT_KNOWLEDGE_DIR): JiebaDictionaries {
  if (dir === DEFAULT_KNOWLEDGE_DIR && shipped) return shipped;
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
  const stopwordsPath = join(dir, STOPWORDS);
  readText(dir, STOPWORDS);
  const found = { userDictPath, dictPath, idfPath, stopwordsPath, userDict };
  if (dir === DEFAULT_KNOWLEDGE_DIR) shipped = found;
  return found;
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
