/**
 * Part of the build (scripts/build.mjs bundles and runs it): writes beside the compiled chunks what
 * start-up would otherwise work out again at every start.
 *
 * - For a first answer's subset of jieba's dictionary (src/search/jiebaSubsetThread.ts):
 *   jieba.sorted.utf8, the main dictionary sorted by word, searched in place at run time; and
 *   jieba-subset.json: the dictionary's numbers, its size and mtime (a dictionary changed since is
 *   not used), the clause texts the index cuts at start-up, and the dictionary lines of their words.
 * - simplified.json: OpenCC's conversions of the clause texts and synonyms the index normalises at start-up
 *   (src/search/simplifiedChars.ts), so that a question in simplified characters never loads OpenCC.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/dir.js';
import { knowledge } from '../src/knowledge/index.js';
import { JIEBA_DICT } from '../src/knowledge/jiebaDictionaries.js';
import { loadLexicon } from '../src/knowledge/lexicon.js';
import { indexedTexts, synonymVariants } from '../src/search/clauseSearch.js';
import { SortedDictionary, dictionaryStats, sortDictionary } from '../src/search/jiebaSubset.js';
import { SORTED_FILE, SUBSET_FILE, type SubsetArtefact } from '../src/search/jiebaSubsetThread.js';
import { splitSentences } from '../src/search/sentences.js';
import { CONVERTED_FILE, conversionsDuring } from '../src/search/simplifiedChars.js';

export function writeSubsetArtefacts(out: string): void {
  const path = join(DEFAULT_KNOWLEDGE_DIR, JIEBA_DICT);
  const { size, mtimeMs } = statSync(path);
  const text = readFileSync(path, 'utf8');
  const stats = dictionaryStats(text);
  const sorted = sortDictionary(text);
  const corpus = indexedTexts(knowledge()).flatMap((t) => [t.heading, t.body]).join('\n');
  const artefact: SubsetArtefact = {
    dictionary: { path: JIEBA_DICT, size, mtimeMs },
    stats,
    corpus,
    lines: new SortedDictionary(sorted, stats).linesIn(corpus),
  };
  writeFileSync(join(out, SORTED_FILE), sorted);
  writeFileSync(join(out, SUBSET_FILE), `${JSON.stringify(artefact)}\n`);
}

/** What the clause index normalises at start-up (src/search/clauseSearch.ts), converted. */
export function writeConversions(out: string): void {
  const k = knowledge();
  const pairs = conversionsDuring(() => {
    indexedTexts(k);
    for (const c of k.clauses) splitSentences(c.text);
    synonymVariants(loadLexicon(k.source));
  });
  writeFileSync(join(out, CONVERTED_FILE), `${JSON.stringify(pairs)}\n`);
}

export function writePrebuilt(out: string): void {
  writeSubsetArtefacts(out);
  writeConversions(out);
}
