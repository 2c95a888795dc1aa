/**
 * Messages in Latin letters (issue 14): English, read into the Chinese words it means, and pinyin
 * typed without an input method, read back into the characters it spells; the Chinese
 * understanding then reads those as if typed in Chinese. A message with no Latin letters, in a
 * conversation that is not in English, is returned untouched at the cost of one regex test: the
 * Chinese path pays nothing more.
 *
 * What is read how:
 *   - letters only, mostly English the book knows → English, answered in English;
 *   - letters only, every run pinyin, most syllables inside known words → pinyin, answered in Chinese;
 *   - letters only, pinyin-shaped but few known words → unreadable, said so (never "out of scope");
 *   - Chinese with English words besides the policy's names ("PhD 购房补贴 how much") → English;
 *   - Chinese with a run of pinyin in it ("boshi购房补贴") → that run in characters, when it spells only known words;
 *   - in a conversation held in English, anything without Chinese characters ("2", "2020") → English;
 *   - anything else (a keyboard mash, "hi", "GDP") → the Chinese path, as before.
 */
import { MAX_INPUT_CHARS } from '../dialogue/sanitize.js';
import { readEnglish, type EnglishReading } from './english.js';
import { englishGrammarWords } from './englishBook.js';
import { readPinyin } from './pinyin.js';

export type Language = 'zh' | 'en';

export interface LatinReading {
  /** What the understanding stage reads in place of the message. */
  text: string;
  /** The language the answer is written in. */
  language: Language;
  /** How the message was read. */
  via: 'pinyin' | 'english';
  /** The letters could not be read as words: the reply says so, in `language`. */
  unreadable: boolean;
  /**
   * English about a subject outside the policy: one the book names as such ("bank account"), or
   * two or more words the book does not know and nothing of the policy's (no concept, clause,
   * place or figure). Read into Chinese, such a message keeps only its grammar ("怎么我"), which
   * the Chinese readers would answer as if it asked about whatever that grammar fits.
   */
  offTopic?: boolean;
}

const LATIN = /[a-z]/i;
const HAN = /\p{Script=Han}/u;
/** A run of pinyin inside Chinese text: at least two syllables' worth of letters. */
const LATIN_RUN = /[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{4,}(?:[ '][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)*/g;

/** Share of syllables that must fall inside known words for letters to count as readable pinyin. */
export const PINYIN_WORD_SHARE = 0.5;
/** Syllables in a reply short enough to be read word by word. */
const SHORT_REPLY = 3;
/** Unknown content words that, with nothing of the policy's read, make an English message off topic. */
export const UNKNOWN_SUBJECT_WORDS = 2;
/** Share of a message's words the English book must know for it to be read as English before pinyin. */
const ENGLISH_WORD_SHARE = 0.5;

const MAX_LETTERS = MAX_INPUT_CHARS * 4;

/** `conversation`: the language the conversation has been held in so far. */
export function readLatin(message: unknown, conversation: Language = 'zh'): LatinReading | null {
  if (typeof message !== 'string') return null;
  const latin = LATIN.test(message);
  if (!latin && conversation !== 'en') return null;
  // Past the input limit, even pinyin (about four letters a character) is cut by the text component.
  const raw = message.length > MAX_LETTERS ? message.slice(0, MAX_LETTERS) : message;
  if (HAN.test(raw)) return latin ? mixed(raw, conversation) : null;
  // Digits and signs in an English conversation ("2020", "¥200,000"): read as English numbers are
  // (2020 → 2020年), so a bare year answers the bot's "in which year" as "2020年" does in Chinese.
  if (!latin) return { text: readEnglish(raw).text || raw, language: 'en', via: 'english', unreadable: false };

  const english = readEnglish(raw);
  const pinyin = readPinyin(raw);
  const pinyinShaped = pinyin.syllables > 0 && pinyin.unread * 3 <= pinyin.runs;
  const pinyinReadable = pinyinShaped && (pinyin.inWords / pinyin.syllables >= PINYIN_WORD_SHARE || (pinyin.syllables <= SHORT_REPLY && pinyin.allKnown));
  const englishShare = english.words ? english.read / english.words : 0;
  if (english.read && (conversation === 'en' || englishShare >= ENGLISH_WORD_SHARE || !(pinyinReadable && !pinyin.unread))) {
    return { text: english.text, language: 'en', via: 'english', unreadable: false, offTopic: englishOffTopic(english) };
  }
  if (pinyinReadable) return { text: pinyin.text, language: 'zh', via: 'pinyin', unreadable: false };
  if (pinyinShaped) return { text: raw, language: conversation, via: 'pinyin', unreadable: true };
  if (conversation === 'en') return { text: raw, language: 'en', via: 'english', unreadable: true };
  return null;
}

function englishOffTopic(english: EnglishReading): boolean {
  return english.offTopic || (english.topical === 0 && english.unknownContent >= UNKNOWN_SUBJECT_WORDS);
}

/**
 * Chinese with letters in it. English words besides the policy's names make it English; names alone
 * ("PhD", "GDP") are left to the Chinese readers, which know them. Else each run of pinyin that
 * spells known words only is put in characters.
 */
function mixed(raw: string, conversation: Language): LatinReading | null {
  const grammar = englishGrammarWords();
  const words = raw.toLowerCase().match(/[a-z']{2,}/g) ?? [];
  // In a conversation held in English, a reply with English words round a Chinese term ("the middle
  // tier, 重点支持") is English too.
  if (words.some((w) => grammar.has(w)) || (conversation === 'en' && words.length)) {
    const english = readEnglish(raw);
    if (english.grammar || conversation === 'en') return { text: english.text, language: 'en', via: 'english', unreadable: false, offTopic: englishOffTopic(english) };
  }
  let changed = false;
  const text = raw.replace(LATIN_RUN, (run) => {
    const p = readPinyin(run);
    if (p.unread || !p.syllables || p.inWords !== p.syllables) return run;
    changed = true;
    return p.text;
  });
  return changed ? { text, language: 'zh', via: 'pinyin', unreadable: false } : null;
}
