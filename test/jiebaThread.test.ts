/**
 * nodejieba on its own thread (src/search/jiebaThread.ts): the bot's words must be the words
 * nodejieba gives in the calling thread, for short messages and for texts larger than the shared
 * buffer it starts with; a failed call is an error for the caller, never a hang.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../src/knowledge/index.js';
import { callJieba } from '../src/search/jiebaThread.js';
import { startJiebaEarly } from '../src/search/jiebaEarly.js';
import { lexicon, segment, segmentForSearch, wordClass } from '../src/search/segment.js';
import { normalize } from '../src/search/normalize.js';

// The thread is used where it was started early, as the terminal chat and `ask --jsonl` do.
startJiebaEarly();

// Loading jieba a second time, in this thread, for comparison.
const SLOW = 120_000;

describe('nodejieba on its own thread', () => {
  it('cuts, cuts for search and tags as nodejieba does in the calling thread, long texts too', () => {
    const lex = lexicon();
    const nodejieba = createRequire(import.meta.url)('nodejieba') as typeof import('nodejieba');
    nodejieba.load({ dict: lex.dictPath, userDict: lex.userDictPath, idfDict: lex.idfPath, stopWordDict: lex.stopwordsPath });
    const listed = new Set(lex.userDict.map((e) => e.word));
    for (const { terms, variants } of lex.synonyms) for (const w of [...terms, ...variants]) if (w.length > 1 && !listed.has(w)) nodejieba.insertWord(w);

    const policy = readFileSync(new URL('../knowledge/policy.txt', import.meta.url), 'utf8');
    // Three times the policy: its words, as JSON, are larger than the 64 KB the buffer starts with.
    const texts = ['院士专家工作站是怎么规定的', '俺是博仕，买房有房补不', 'abc 123 第１７條', policy.repeat(3), ...knowledge().clauses.map((c) => c.heading)];
    for (const text of texts) {
      const clean = normalize(text);
      expect(segment(text)).toEqual(nodejieba.cut(clean, true));
      expect(segmentForSearch(clean)).toEqual(nodejieba.cutForSearch(clean, true));
    }
    for (const word of ['北京', '博仕', '院士专家工作站', '股市']) {
      const tagged = nodejieba.tag(word);
      expect(wordClass(word)).toBe(tagged.length === 1 ? tagged[0]!.tag : 'x');
    }
  }, SLOW);

  it('turns a failed call into an error for the caller, and keeps answering after it', () => {
    lexicon();
    expect(() => callJieba('nope' as 'cut', 'x')).toThrow(/nodejieba\.nope/);
    expect(segment('购房补贴')).toEqual(['购房补贴']);
  });
});
