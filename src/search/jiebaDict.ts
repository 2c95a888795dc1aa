/**
 * Our copy of jieba's main dictionary, pruned. nodejieba's stock dictionary has 349,000 words, of
 * which 212,000 carry a frequency of 3 or 4 (mostly rare names and compounds); loading it takes
 * about 0.6 s and 130 MB more than the pruned one, and the policy's retrieval set ranks the same
 * either way. Kept: every word of frequency 5 or more, and every rarer word the policy itself
 * uses (科技成果, 贯彻落实), so the policy text segments as with the full dictionary.
 *
 * knowledge/lexicon/jieba.dict.utf8 is the output of pruneJiebaDict(stock, policy); a test checks
 * that it still is. To rebuild: npx tsx -e "import('./src/search/jiebaDict.ts').then((m) => m.writePrunedDict())"
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/load.js';
import { JIEBA_DICT } from '../knowledge/lexicon.js';

export const MIN_FREQUENCY = 5;

/** nodejieba's own dictionary, as installed. */
export function stockDictPath(): string {
  const nodejieba = createRequire(import.meta.url)('nodejieba') as { DEFAULT_DICT: string };
  return nodejieba.DEFAULT_DICT;
}

/** The stock dictionary's lines (`word freq tag`) that are frequent or occur in `policy`. */
export function pruneJiebaDict(stock: string, policy: string): string {
  return stock.split('\n')
    .filter((line) => {
      const [word, freq] = line.split(' ');
      return word && (Number(freq) >= MIN_FREQUENCY || policy.includes(word));
    })
    .join('\n') + '\n';
}

/** Rewrites knowledge/lexicon/jieba.dict.utf8 from the installed stock dictionary. */
export function writePrunedDict(dir: string = DEFAULT_KNOWLEDGE_DIR): void {
  const policy = readFileSync(join(dir, 'policy.txt'), 'utf8');
  writeFileSync(join(dir, JIEBA_DICT), pruneJiebaDict(readFileSync(stockDictPath(), 'utf8'), policy));
}
