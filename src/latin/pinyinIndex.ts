/**
 * The pinyin index: every Chinese word the bot knows (the lexicon's terms and synonyms, the words
 * of the question bank as jieba cuts them), keyed by its toneless pinyin, with how often the bank
 * uses it. Built from the data on the first pinyin message, never for a Chinese one, so a Chinese
 * turn pays nothing for it.
 *
 * Each character of those words is also kept under its own syllable (the one it has in that word,
 * so 行 in 银行 is hang), so a word the index lacks can still be spelt out character by character.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { pinyin as Pinyin } from 'pinyin-pro';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/dir.js';
import { jiebaDictionaries } from '../knowledge/jiebaDictionaries.js';
import { bank } from '../bank/index.js';
import { knowledge } from '../knowledge/index.js';
import { normalize } from '../search/normalize.js';
import { lexicon, segment, segmentForSearch, wordClass } from '../search/segment.js';

export interface PinyinWord {
  word: string;
  syllables: readonly string[];
  /** -log of its share of the bank's words: the segmenter's cost of reading it. */
  cost: number;
  /** A word people use as it stands; false for a character taken out of a word to spell an unknown one. */
  known: boolean;
}

export interface PinyinIndex {
  /** Words by the first syllable of their pinyin. */
  byFirst: ReadonlyMap<string, readonly PinyinWord[]>;
  /** Every syllable the index knows, for telling pinyin from English. */
  syllables: ReadonlySet<string>;
  /** The longest syllable, in letters (6: zhuang). */
  longestSyllable: number;
}

/** Words the lexicon names count as this many uses of the bank: the policy's own terms win ties. */
const LEXICON_WEIGHT = 5;
/** A character read alone costs this much more than its frequency says: words are preferred. */
export const SINGLE_CHAR_PENALTY = 3;

/** A character's less usual reading (的 as di) costs this much more than its usual one. */
const OTHER_READING_PENALTY = 4;

/** jieba's dictionary words this frequent join the index (about 18,000 of them) … */
const GENERAL_MIN_FREQ = 300;
/** … each costing this much more than its frequency there says: the bank's words come first. */
const GENERAL_PENALTY = 3;
/** A character seen only in those words counts as a tenth of one use in the bank. */
const GENERAL_CHAR_WEIGHT = 0.1;

const CJK_WORD = /^\p{Script=Han}+$/u;

let built: PinyinIndex | undefined;
/** pinyin-pro, required on the first pinyin message, not imported: a Chinese start-up never loads its dictionary. */
let pinyin: typeof Pinyin;

export function pinyinIndex(): PinyinIndex {
  built ??= buildPinyinIndex();
  return built;
}

/** ü is typed v (lv, nv), as every pinyin keyboard does; u is accepted too, indexed separately. */
function syllablesOf(word: string): string[] {
  return pinyin(word, { toneType: 'none', type: 'array', v: true });
}

/** jieba's dictionary words used at least GENERAL_MIN_FREQ times in its corpus, with that frequency. */
function generalWords(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(jiebaDictionaries(DEFAULT_KNOWLEDGE_DIR).dictPath, 'utf8').split('\n')) {
    const [word, freq] = line.split(' ');
    const f = Number(freq);
    if (word && f >= GENERAL_MIN_FREQ && word.length > 1 && CJK_WORD.test(word)) out.set(word, f);
  }
  return out;
}

/** What people write: the bank's examples and the examples of the Chinese language books (谢谢, 你好). */
function corpus(): string[] {
  const out = bank().examples.map((e) => e.text);
  const dir = join(DEFAULT_KNOWLEDGE_DIR, 'language', 'zh');
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'match' && Array.isArray(v)) out.push(...v.filter((x): x is string => typeof x === 'string'));
        else walk(v);
      }
    }
  };
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    if (f.endsWith('.json')) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  }
  return out;
}

function buildPinyinIndex(): PinyinIndex {
  pinyin = (createRequire(import.meta.url)('pinyin-pro') as { pinyin: typeof Pinyin }).pinyin;
  const counts = new Map<string, number>();
  const add = (w: string, n: number) => {
    if (CJK_WORD.test(w)) counts.set(w, (counts.get(w) ?? 0) + n);
  };
  const lex = lexicon();
  for (const e of lex.userDict) add(e.word, LEXICON_WEIGHT);
  for (const s of lex.synonyms) for (const w of [...s.terms, ...s.variants]) add(w, LEXICON_WEIGHT);
  // The bank's words, and each pair of neighbours as short as four characters: 我是 is said far more
  // often than 我市, though jieba cuts it in two (a bigram's worth of context, as words). Only words
  // jieba knows: the bank's typo register (机购, 博仕) must not be read back as what pinyin means.
  const known = new Map<string, boolean>();
  const isKnown = (w: string) => {
    let k = known.get(w);
    if (k === undefined) known.set(w, (k = [...w].length === 1 || wordClass(w) !== 'x'));
    return k;
  };
  for (const text of corpus()) {
    const ws = segment(text);
    ws.forEach((w, i) => {
      if (!isKnown(w)) return;
      add(w, 1);
      const before = i > 0 ? ws[i - 1]! : '';
      if (before && isKnown(before) && before.length + w.length <= 4) add(before + w, 1);
    });
  }
  // The policy's own words too: a term the bank never uses (示范, 机构) is still a word people may type.
  // Sentence by sentence, in jieba's search mode, so a compound's parts (示范 in 示范机构) count too.
  for (const sentence of normalize(knowledge().source).split(/[。；，、：\n]/)) for (const w of segmentForSearch(sentence)) add(w, 1);

  const chars = new Map<string, Map<string, number>>();
  const words: PinyinWord[] = [];
  let total = 0;
  for (const n of counts.values()) total += n;
  const charUse = (syllable: string, ch: string, n: number) => {
    const bySyllable = chars.get(syllable) ?? new Map<string, number>();
    bySyllable.set(ch, (bySyllable.get(ch) ?? 0) + n);
    chars.set(syllable, bySyllable);
  };
  // Everyday words the bank never uses (公积金, 下雨), from jieba's own dictionary, dearer than any
  // word of the bank: an out-of-scope question in pinyin should still read as what it says.
  const general = generalWords();
  let generalTotal = 0;
  for (const f of general.values()) generalTotal += f;
  for (const [word, f] of general) {
    if (counts.has(word)) continue;
    const syllables = syllablesOf(word);
    if (syllables.length !== [...word].length || syllables.some((x) => !/^[a-z]+$/.test(x))) continue;
    words.push({ word, syllables, cost: -Math.log(f / generalTotal) + GENERAL_PENALTY, known: true });
    // Their characters complete the syllables known (sou, nen), at the lowest weight there is.
    [...word].forEach((ch, i) => charUse(syllables[i]!, ch, GENERAL_CHAR_WEIGHT));
  }
  for (const [word, n] of counts) {
    const syllables = syllablesOf(word);
    if (syllables.length !== [...word].length || syllables.some((s) => !/^[a-z]+$/.test(s))) continue;
    // A character jieba cuts alone (我, 是, 拿) is a word of its own, read at its own frequency.
    words.push({ word, syllables, cost: -Math.log(n / total), known: true });
    [...word].forEach((ch, i) => charUse(syllables[i]!, ch, n));
    // Its other readings (谁 shui and shei), for people who type those.
    if (syllables.length === 1) {
      for (const other of pinyin(word, { toneType: 'none', type: 'array', v: true, multiple: true })) {
        if (other !== syllables[0] && /^[a-z]+$/.test(other)) words.push({ word, syllables: [other], cost: -Math.log(n / total) + OTHER_READING_PENALTY, known: true });
      }
    }
  }
  // The characters inside words, each under the syllable it has there: what a word the index lacks
  // is spelt with, dearer than any word.
  for (const [syllable, byChar] of chars) {
    for (const [ch, n] of byChar) words.push({ word: ch, syllables: [syllable], cost: -Math.log(n / total) + SINGLE_CHAR_PENALTY, known: false });
  }
  const byFirst = new Map<string, PinyinWord[]>();
  const put = (w: PinyinWord) => {
    const list = byFirst.get(w.syllables[0]!) ?? [];
    list.push(w);
    byFirst.set(w.syllables[0]!, list);
  };
  for (const w of words) {
    put(w);
    // lü typed lu: the same word under its u spelling, a little dearer (lu is also 路, 录 …).
    if (w.syllables.some((s) => s.includes('v'))) put({ ...w, syllables: w.syllables.map((s) => s.replace('v', 'u')), cost: w.cost + 1 });
  }
  const syllables = new Set<string>();
  for (const list of byFirst.values()) for (const w of list) for (const s of w.syllables) syllables.add(s);
  let longestSyllable = 0;
  for (const s of syllables) longestSyllable = Math.max(longestSyllable, s.length);
  return { byFirst, syllables, longestSyllable };
}
