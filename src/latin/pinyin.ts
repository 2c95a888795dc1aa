/**
 * Reads pinyin typed without an input method ("gaoqi jiangli duoshao", "bo2shi4 gou fang bu tie",
 * "boshi goufang butie 12wan") back into the Chinese words it spells, so the message can go through
 * the Chinese understanding as if typed in characters.
 *
 * Tones (marks or digits) are dropped; spaces and apostrophes are where a syllable must end, and
 * nothing more: "gaoqi" and "gao qi" both read 高企. Within a run of letters the reading is the
 * cheapest cut into words of the pinyin index (pinyinIndex.ts), a word costing -log of how often
 * the bank uses it, so common policy words win over rare homophones and long words over characters.
 */
import { pinyinIndex, type PinyinWord } from './pinyinIndex.js';

export interface PinyinReading {
  /** The message in characters, digits and punctuation kept where they stood. */
  text: string;
  /** Syllables read, and how many of them inside known words of two or more characters. */
  syllables: number;
  inWords: number;
  /** Every syllable was read as a known word (one character or more), none spelt character by character. */
  allKnown: boolean;
  /** Runs of letters (words as typed, or pinyin run together), and how many of them spell no pinyin at all. */
  runs: number;
  unread: number;
}

/** Tone marks off (ǘ → v), tone digits off (bo2shi4 → bo'shi: a tone digit ends its syllable). */
export function toneless(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[üǖǘǚǜ]/g, 'v')
    .replace(/[ÜǕǗǙǛ]/g, 'V')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // A digit 0–5 right after a letter, not followed by another digit, is a tone ("shi4", "me0" for
    // the neutral tone), not "wan 15"; it ends the syllable as an apostrophe would.
    .replace(/(?<=[a-zA-Z])[0-5](?!\d)/g, "'");
}

/** Letters, with the positions where the typist ended a syllable (space or apostrophe). */
interface Run {
  letters: string;
  breaks: Set<number>;
  /** As typed, for a run that is not pinyin. */
  typed: string;
  /** Typed in capitals (GDP): an acronym, not a word gone wrong. */
  capitals: boolean;
}

type Piece = { run: Run } | { keep: string };

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let run: Run | null = null;
  for (const m of text.matchAll(/[A-Z]{2,}(?![a-z])|[a-zA-Z]+|[\s']+|[^a-zA-Z\s']+/g)) {
    const t = m[0];
    if (/^[A-Z]{2,}$/.test(t)) {
      // An acronym stands alone, a run of its own.
      out.push({ run: { letters: t.toLowerCase(), breaks: new Set(), typed: t, capitals: true } });
      run = null;
    } else if (/^[a-zA-Z]/.test(t)) {
      if (!run) out.push({ run: (run = { letters: '', breaks: new Set(), typed: '', capitals: false }) });
      else {
        run.breaks.add(run.letters.length);
        run.typed += ' ';
      }
      run.letters += t.toLowerCase();
      run.typed += t;
    } else if (/^[\s']+$/.test(t)) {
      if (!run) out.push({ keep: ' ' });
    } else {
      run = null;
      out.push({ keep: t });
    }
  }
  return out;
}

function runOf(typed: string): Run {
  return { letters: typed.toLowerCase(), breaks: new Set(), typed, capitals: false };
}

/** The cheapest reading of one run of letters as words, or null when some letters spell no syllable. */
function readRun(run: Run): PinyinWord[] | null {
  const { byFirst, longestSyllable } = pinyinIndex();
  const n = run.letters.length;
  const best: { cost: number; word: PinyinWord | null; from: number }[] = Array.from({ length: n + 1 }, () => ({ cost: Infinity, word: null, from: -1 }));
  best[0]!.cost = 0;
  for (let p = 0; p < n; p++) {
    if (best[p]!.cost === Infinity) continue;
    for (let len = 1; len <= longestSyllable && p + len <= n; len++) {
      const first = run.letters.slice(p, p + len);
      const words = byFirst.get(first);
      if (!words) continue;
      for (const w of words) {
        const end = spell(run, p, w.syllables);
        if (end < 0) continue;
        const cost = best[p]!.cost + w.cost;
        if (cost < best[end]!.cost) best[end] = { cost, word: w, from: p };
      }
    }
  }
  if (best[n]!.cost === Infinity) return null;
  const out: PinyinWord[] = [];
  for (let p = n; p > 0; p = best[p]!.from) out.unshift(best[p]!.word!);
  return out;
}

/** Where `syllables` end when spelt from `at`, or -1; a break the typist made may not fall inside a syllable. */
function spell(run: Run, at: number, syllables: readonly string[]): number {
  let p = at;
  for (const s of syllables) {
    if (!run.letters.startsWith(s, p)) return -1;
    for (let q = p + 1; q < p + s.length; q++) if (run.breaks.has(q)) return -1;
    p += s.length;
  }
  return p;
}

/**
 * The message read as pinyin. An acronym in capitals (GDP, LPR) is kept as typed, a word the Chinese
 * readers know; a run of letters that spells no pinyin is kept too, and counted in `unread`.
 */
export function readPinyin(text: string): PinyinReading {
  let out = '';
  let syllables = 0;
  let inWords = 0;
  let allKnown = true;
  let runs = 0;
  let unread = 0;
  for (const piece of pieces(toneless(text))) {
    if ('keep' in piece) {
      // Spaces only separated pinyin; between characters they would split what jieba reads whole.
      if (piece.keep !== ' ') out += piece.keep;
      continue;
    }
    if (piece.run.capitals) {
      out += piece.run.typed;
      continue;
    }
    const whole = readRun(piece.run);
    // A run that fails as a whole is read word by word as typed, so one word that is not pinyin
    // ("gaoqi bonus") leaves the rest readable and counts as one unread word, not a whole message.
    const parts = whole ? [{ typed: piece.run.typed, words: whole }] : piece.run.typed.split(' ').map((typed) => ({ typed, words: readRun(runOf(typed)) }));
    for (const part of parts) {
      runs++;
      if (!part.words) {
        unread++;
        out += ` ${part.typed} `;
        continue;
      }
      for (const w of part.words) {
        out += w.word;
        syllables += w.syllables.length;
        if (w.known && w.syllables.length > 1) inWords += w.syllables.length;
        if (!w.known) allKnown = false;
      }
    }
  }
  return { text: out, syllables, inWords, allKnown, runs, unread };
}
