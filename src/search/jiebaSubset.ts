/**
 * A small jieba dictionary that cuts given texts exactly as the whole dictionary does.
 *
 * Why: nodejieba.load reads our 137,000-word dictionary twice (once for the segmenter, once for a
 * TextRank extractor it builds beside it), about a second of CPU, which a first answer after
 * process start waited for. The words of a dictionary that matter to a text are only those that
 * occur in it: cppjieba's word graph (DAG) holds the dictionary words found inside the text, the
 * search cut adds the dictionary words inside its long words, and the tagger looks its words up.
 * Beyond them, the whole dictionary reaches a cut through four numbers: the frequencies' total
 * (each word's weight is log(freq / total)), the lowest weight (given to a character outside the
 * dictionary), the median weight (given to words added by insertWord) and nothing else
 * (cppjieba's DictTrie.hpp, Init and SetStaticWordWeights). So a dictionary of the words found in
 * the texts, padded with three placeholder words that restore the total, the lowest and the median,
 * gives the same cuts, tags and search cuts for those texts, and loads in a few tens of milliseconds.
 *
 * The placeholders are Unicode noncharacters (U+FDD0–U+FDEF, reserved for a program's internal use),
 * which no text sent to the subset may contain (see covers()).
 */

/** The numbers of a whole dictionary that reach every cut. */
export interface DictionaryStats {
  /** Sum of the frequencies: each word's weight is log(freq / total). Exact: integers below 2^53. */
  total: number;
  /** The lowest frequency (its weight is given to characters outside the dictionary). */
  minFreq: number;
  /** The frequency at index ⌊n/2⌋ in frequency order (its weight is given to inserted words). */
  medianFreq: number;
  /** The longest word, in UTF-16 code units. */
  maxLength: number;
}

/** The placeholder words: noncharacters, so no message holds them. */
const LOWEST = '\uFDD0';
const MEDIAN = '\uFDD1';
const REST = '\uFDD2';
const NONCHARACTER = /[\uFDD0-\uFDEF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function wordOf(line: string): string {
  return line.slice(0, line.indexOf(' '));
}

function freqOf(line: string): number {
  const first = line.indexOf(' ');
  return Number(line.slice(first + 1, line.indexOf(' ', first + 1)));
}

/** The dictionary's lines (`word freq tag`), sorted by word in JavaScript's string order. */
export function sortDictionary(text: string): string {
  return text.split('\n').filter((line) => line.trim()).sort((a, b) => {
    const wa = wordOf(a);
    const wb = wordOf(b);
    return wa < wb ? -1 : wa > wb ? 1 : 0;
  }).join('\n') + '\n';
}

/** The numbers of a dictionary's text (lines `word freq tag`, freq an integer). */
export function dictionaryStats(text: string): DictionaryStats {
  const freqs: number[] = [];
  let maxLength = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    freqs.push(freqOf(line));
    maxLength = Math.max(maxLength, wordOf(line).length);
  }
  freqs.sort((a, b) => a - b);
  return { total: freqs.reduce((a, b) => a + b, 0), minFreq: freqs[0]!, medianFreq: freqs[freqs.length >> 1]!, maxLength };
}

/**
 * A sorted dictionary (sortDictionary's output), searched in place: no parsing at start-up, and a
 * lookup is a binary search over the text (some seventeen comparisons).
 */
export class SortedDictionary {
  constructor(private readonly text: string, readonly stats: DictionaryStats) {}

  /** The line of `word`, or undefined. */
  lineOf(word: string): string | undefined {
    const { text } = this;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      // The start of the line holding the middle character: lo at the earliest (lo is a line's start).
      const start = text.lastIndexOf('\n', ((lo + hi) >> 1) - 1) + 1;
      const space = text.indexOf(' ', start);
      const found = text.slice(start, space);
      if (found === word) return text.slice(start, text.indexOf('\n', space));
      if (found < word) lo = text.indexOf('\n', space) + 1;
      else hi = start;
    }
    return undefined;
  }

  /** The lines of every dictionary word that occurs in `text`. */
  linesIn(text: string): string[] {
    const lines = new Set<string>();
    const max = this.stats.maxLength;
    for (let i = 0; i < text.length; i++) {
      for (let end = i + 1; end <= Math.min(text.length, i + max); end++) {
        const line = this.lineOf(text.slice(i, end));
        if (line) lines.add(line);
      }
    }
    return [...lines];
  }
}

/**
 * The text of a dictionary holding `lines` (of the dictionary `stats` describes) that cuts every
 * text made of those lines' words exactly as that dictionary does: the placeholders restore its
 * lowest frequency, its median and its total.
 */
export function subsetDictionary(lines: readonly string[], stats: DictionaryStats): string {
  const { total, minFreq, medianFreq } = stats;
  const freqs = lines.map(freqOf);
  const rest = total - freqs.reduce((a, b) => a + b, 0) - minFreq;
  // Below and above the median (the lowest and the rest placeholders counted too), then enough
  // median placeholders that the word at ⌊n/2⌋ in weight order is one of them or a real median.
  const below = freqs.filter((f) => f < medianFreq).length + (minFreq < medianFreq ? 1 : 0);
  const above = freqs.filter((f) => f > medianFreq).length + 1;
  const fillers = Math.abs(below - above) + 1;
  const restFreq = rest - fillers * medianFreq;
  if (!(restFreq > medianFreq)) throw new Error('jieba subset: the lines are not a small part of the dictionary');
  const padding = [`${LOWEST} ${minFreq} x`, ...Array.from({ length: fillers }, () => `${MEDIAN} ${medianFreq} x`), `${REST} ${restFreq} x`];
  return [...lines, ...padding].join('\n') + '\n';
}

/** Whether `text` may be cut with a subset at all: it holds no placeholder, and no lone surrogate. */
export function subsetMayCut(text: string): boolean {
  return !NONCHARACTER.test(text) && !LONE_SURROGATE.test(text);
}
