/**
 * Messages in Latin letters (issue 14): pinyin typed without an input method, read back into the
 * characters it spells, so the Chinese understanding reads it as if typed in characters. A message
 * with no Latin letters is returned untouched at the cost of one regex test: the Chinese path pays
 * nothing more.
 *
 * What is read how:
 *   - letters only, every run of them pinyin, most syllables inside known words → pinyin, answered in Chinese;
 *   - letters only, every run pinyin-shaped but few known words → unreadable, said so (never "out of scope");
 *   - Chinese with a run of pinyin in it ("boshi购房补贴") → that run in characters, when it spells only known words;
 *   - anything else (a keyboard mash, "GDP") → the Chinese path, as before.
 */
import { MAX_INPUT_CHARS } from '../dialogue/sanitize.js';
import { readPinyin } from './pinyin.js';

export interface LatinReading {
  /** What the understanding stage reads in place of the message. */
  text: string;
  /** The language the answer is written in. */
  language: 'zh' | 'en';
  /** How the message was read. */
  via: 'pinyin';
  /** The letters could not be read as words: the reply says so, in `language`. */
  unreadable: boolean;
}

const LATIN = /[a-z]/i;
const HAN = /\p{Script=Han}/u;
/** A run of pinyin inside Chinese text: at least two syllables' worth of letters. */
const LATIN_RUN = /[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{4,}(?:[ '][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)*/g;

/** Share of syllables that must fall inside known words for letters to count as readable pinyin. */
export const PINYIN_WORD_SHARE = 0.5;
/** Syllables in a reply short enough to be read word by word. */
const SHORT_REPLY = 3;

const MAX_LETTERS = MAX_INPUT_CHARS * 4;

export function readLatin(message: unknown): LatinReading | null {
  if (typeof message !== 'string' || !LATIN.test(message)) return null;
  // Past the input limit, even pinyin (about four letters a character) is cut by the text component.
  const raw = message.length > MAX_LETTERS ? message.slice(0, MAX_LETTERS) : message;
  if (HAN.test(raw)) return mixed(raw);
  const pinyin = readPinyin(raw);
  // Mostly not pinyin (a keyboard mash, English): not ours to read.
  if (!pinyin.syllables || pinyin.unread * 3 > pinyin.runs) return null;
  // A short reply ("shi", "di 17 tiao") is read when each syllable is a word people use alone.
  const readable = pinyin.inWords / pinyin.syllables >= PINYIN_WORD_SHARE || (pinyin.syllables <= SHORT_REPLY && pinyin.allKnown);
  return { text: readable ? pinyin.text : raw, language: 'zh', via: 'pinyin', unreadable: !readable };
}

/** Chinese with pinyin runs in it: each run that spells known words only is put in characters. */
function mixed(raw: string): LatinReading | null {
  let changed = false;
  const text = raw.replace(LATIN_RUN, (run) => {
    const p = readPinyin(run);
    if (p.unread || !p.syllables || p.inWords !== p.syllables) return run;
    changed = true;
    return p.text;
  });
  return changed ? { text, language: 'zh', via: 'pinyin', unreadable: false } : null;
}
