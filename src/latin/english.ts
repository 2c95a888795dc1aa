/**
 * Reads English (or the English inside a Chinese message) into the Chinese words the Chinese
 * understanding knows, phrase by phrase from the English book (englishBook.ts), so an English
 * question goes through the same readers, model and listeners as a Chinese one, and gets the same
 * clause, facts and amounts.
 *
 *   "How much is the home purchase subsidy for a full-time PhD?"  → 多少购房补贴全日制博士？
 *   "I graduated in 2020 and started a business here for the first time" → 我2020年毕业和第一次在这里创业
 *   "patent pledge loan of RMB 2 million for 18 months"            → 知识产权质押贷款200万元18个月
 *
 * Chinese word order matters to the fact readers where a place, a time or "first" modifies a verb
 * (在营口买房, 去年毕业, 第一次在这里创业): those move before the verb of their clause. Numbers with
 * their units are read here (2 million yuan → 200万元, three years → 3年, article 17 → 第17条).
 */
import { englishBook, type EnglishBook, type PhraseKind, type Token } from './englishBook.js';
import { readPinyin } from './pinyin.js';

export interface EnglishReading {
  /** The message in Chinese words. */
  text: string;
  /** English words read, and of them how many are not the policy's names (any one makes the answer English). */
  read: number;
  grammar: number;
  /** Words (not numbers or punctuation) in the message, and those neither English of the book nor pinyin. */
  words: number;
  unknown: number;
  /** Of the unknown words, those that are not stop words ("the", "is", "it"): words naming a subject the book does not know. */
  unknownContent: number;
  /** Phrases naming the policy's concepts, clauses, places or figures: what makes a message about something the policy has. */
  topical: number;
  /** A subject outside the policy was named ("bank account", "driving licence"), not said of a talent the city brings in. */
  offTopic: boolean;
}

interface Item {
  zh: string;
  kind: PhraseKind | 'han' | 'number' | 'punctuation';
}

const CLAUSE_END: Record<string, string> = { ',': '，', ';': '；', '.': '。', '!': '！', '?': '？', ':': '：' };
const PART_NUMERALS = '一二三四五六七八九';

export function readEnglish(text: string): EnglishReading {
  const book = englishBook();
  const tokens = book.tokens(text.normalize('NFKC'));
  const items: Item[] = [];
  let read = 0;
  let grammar = 0;
  let words = 0;
  let unknown = 0;
  let unknownContent = 0;
  let topical = 0;
  let offTopic = 0;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (t.kind === 'word') words++;
    if (t.kind === 'han') {
      topical++;
      items.push({ zh: t.value, kind: 'han' });
      i++;
      continue;
    }
    const reference = clauseReference(book, tokens, i);
    if (reference) {
      topical++;
      items.push({ zh: reference.zh, kind: 'concept' });
      read += reference.used;
      words += reference.used - 1;
      i += reference.used;
      continue;
    }
    const number = readNumber(book, tokens, i);
    if (number) {
      topical++;
      items.push({ zh: number.zh, kind: number.time ? 'time' : 'number' });
      // Its words (three, million, yuan, years) count as read English.
      const used = tokens.slice(i, i + number.used).filter((x) => x.kind === 'word').length;
      read += used;
      words += Math.max(0, used - (t.kind === 'word' ? 1 : 0));
      i += number.used;
      continue;
    }
    if (t.kind === 'punctuation' || t.kind === 'other') {
      const end = CLAUSE_END[t.value];
      if (end) items.push({ zh: end, kind: 'punctuation' });
      else if (t.value === '%') items.push({ zh: '%', kind: 'number' });
      i++;
      continue;
    }
    // "in Yingkou": a place, which goes before the verb it belongs to.
    if (book.prepositions.has(t.stem) && i + 1 < tokens.length) {
      const place = longestPhrase(book, tokens, i + 1);
      if (place?.phrase.kind === 'place') {
        topical++;
        items.push({ zh: `在${place.phrase.zh}`, kind: 'place' });
        read += place.used + 1;
        words += place.used;
        i += place.used + 1;
        continue;
      }
    }
    const match = longestPhrase(book, tokens, i);
    if (match) {
      if (match.phrase.kind === 'concept' || match.phrase.kind === 'place') topical++;
      if (match.phrase.kind === 'offTopic') offTopic++;
      if (match.phrase.zh) items.push({ zh: match.phrase.zh, kind: match.phrase.kind });
      read += match.used;
      if (match.phrase.kind !== 'concept' && match.phrase.kind !== 'place') grammar += match.used;
      words += match.used - 1;
      i += match.used;
      continue;
    }
    // Not English the book knows: perhaps a pinyin word ("boshi subsidy").
    if (t.kind === 'word') {
      const pinyin = readPinyin(t.value);
      if (!pinyin.unread && pinyin.syllables > 1 && pinyin.inWords === pinyin.syllables) {
        topical++;
        items.push({ zh: pinyin.text, kind: 'han' });
      } else if (t.stem !== 'the' && t.stem !== 'a' && t.stem !== 'an') {
        unknown++;
        if (!t.stop && t.value.length > 1) unknownContent++;
      }
    } else if (t.kind === 'number') items.push({ zh: t.stem, kind: 'number' });
    i++;
  }
  const stems = ` ${tokens.map((t) => t.stem).join(' ')} `;
  const talentService = [...book.offTopicUnless].some((u) => stems.includes(` ${u} `));
  return { text: ordered(placesAnswered(framed(items))), read, grammar, words, unknown, unknownContent, topical, offTopic: offTopic > 0 && !talentService };
}

/**
 * A phrase whose Chinese frames the rest of its clause ("what about" → 那…呢): the part after "…"
 * closes the clause, so "what about my wife?" reads 那我的老婆呢？ as the Chinese follow-up shape.
 */
function framed(items: Item[]): Item[] {
  const out: Item[] = [];
  let closing = '';
  for (const item of items) {
    const at = item.zh.indexOf('…');
    if (at >= 0) {
      closing = item.zh.slice(at + 1);
      if (at > 0) out.push({ ...item, zh: item.zh.slice(0, at) });
      continue;
    }
    if (item.kind === 'punctuation' && closing) {
      out.push({ zh: closing, kind: 'word' });
      closing = '';
    }
    out.push(item);
  }
  if (closing) out.push({ zh: closing, kind: 'word' });
  return out;
}

/**
 * A place said on its own as a clause ("Dalian", "no, Dalian"): the answer to a "where" question
 * (where the company is registered, where the home was bought), read as being there (在大连), which
 * is how the Chinese readers take a location; a place inside a longer clause keeps its own words.
 */
function placesAnswered(items: Item[]): Item[] {
  const out = items.slice();
  let start = 0;
  for (let i = 0; i <= out.length; i++) {
    if (i < out.length && out[i]!.kind !== 'punctuation') continue;
    const clause = out.slice(start, i);
    const last = clause.at(-1);
    if (last?.kind === 'place' && !last.zh.startsWith('在') && clause.length <= 2 && clause.slice(0, -1).every((x) => x.kind === 'word')) {
      out[i - 1] = { zh: `在${last.zh}`, kind: 'place' };
    }
    start = i + 1;
  }
  return out;
}

/** The longest phrase of the book starting at token i, by stems. */
function longestPhrase(book: EnglishBook, tokens: readonly Token[], i: number): { phrase: { zh: string; kind: PhraseKind }; used: number } | null {
  for (let n = Math.min(book.longest, tokens.length - i); n >= 1; n--) {
    const span = tokens.slice(i, i + n);
    if (span.some((t) => t.kind === 'punctuation' || t.kind === 'han')) continue;
    const phrase = book.phrases.get(span.map((t) => t.stem).join(' '));
    if (phrase) return { phrase, used: n };
  }
  return null;
}

/** "article 17", "item 5", "clause seventeen" → 第17条; "part 3", "part two" → 第三部分. */
function clauseReference(book: EnglishBook, tokens: readonly Token[], i: number): { zh: string; used: number } | null {
  const noun = tokens[i]!;
  if (noun.kind !== 'word') return null;
  // "art. 13": an abbreviation's full stop, cut off by the tokenizer, sits between the noun and its number.
  const dotted = tokens[i + 1]?.value === '.' && book.clauseNouns.has(noun.stem) ? 1 : 0;
  const next = tokens[i + 1 + dotted];
  if (!next) return null;
  const n = next.kind === 'number' ? Number(next.stem) : book.numbers.get(next.stem) ?? null;
  if (n === null || !Number.isInteger(n) || n < 1 || n > 99) return null;
  if (book.clauseNouns.has(noun.value.toLowerCase()) || book.clauseNouns.has(noun.stem)) return { zh: `第${n}条`, used: 2 + dotted };
  if (dotted) return null;
  if ((book.partNouns.has(noun.stem) || book.partNouns.has(noun.value.toLowerCase())) && n <= PART_NUMERALS.length) {
    // "part two section three", "part 2, section 3": a section of the part (第二部分第3项).
    let j = i + 2;
    if (tokens[j]?.value === ',') j++;
    const sectionNoun = tokens[j];
    const sectionNumber = tokens[j + 1];
    const s = sectionNumber?.kind === 'number' ? Number(sectionNumber.stem) : sectionNumber ? book.numbers.get(sectionNumber.stem) ?? null : null;
    if (sectionNoun && book.sectionNouns.has(sectionNoun.stem) && s !== null && Number.isInteger(s) && s >= 1 && s <= 9) {
      return { zh: `第${PART_NUMERALS[n - 1]}部分第${s}项`, used: j + 2 - i };
    }
    return { zh: `第${PART_NUMERALS[n - 1]}部分`, used: 2 };
  }
  return null;
}

/**
 * A number with its scale and unit, from token i: "RMB 120,000", "2 million yuan", "¥1.5m",
 * "18 months", "three years", "3 years ago", "4.35%", "2020" (a year), "June 2020".
 */
function readNumber(book: EnglishBook, tokens: readonly Token[], i: number): { zh: string; used: number; time?: boolean } | null {
  let j = i;
  let currencyFirst = false;
  if (isMoney(book, tokens[j]) && tokens[j + 1]?.kind === 'number') {
    currencyFirst = true;
    j++;
  }
  // "June 2020", "2020 June": a month and a year.
  const month = tokens[j] && book.months.get(tokens[j]!.value.toLowerCase());
  if (month && tokens[j + 1]?.kind === 'number' && /^(19|20)\d\d$/.test(tokens[j + 1]!.stem)) {
    return { zh: `${tokens[j + 1]!.stem}年${month}月`, used: j + 2 - i, time: true };
  }
  const first = numberAt(book, tokens[j]);
  if (first === null) return null;
  let value = first;
  let scaled = false;
  j++;
  // "twenty five", "one hundred and twenty thousand"
  while (j < tokens.length) {
    const t = tokens[j]!;
    const scale = book.scales.get(t.value.toLowerCase()) ?? book.scales.get(t.stem);
    if (scale !== undefined && (t.kind === 'word' || t.kind === 'other')) {
      value *= scale;
      scaled = true;
      j++;
      continue;
    }
    // "gave 250k. How much…": the tokenizer keeps the sentence's full stop on the scale ("k.").
    const dotted = t.kind === 'word' && t.value.endsWith('.') ? book.scales.get(t.value.slice(0, -1).toLowerCase()) : undefined;
    if (dotted !== undefined && !scaled) {
      return { zh: `${yuan(value * dotted)}。`, used: j + 1 - i };
    }
    const more = t.kind === 'word' && first < 100 ? book.numbers.get(t.stem) : undefined;
    if (more !== undefined && more < 10 && value >= 20 && value % 10 === 0) {
      value += more;
      j++;
      continue;
    }
    break;
  }
  const unit = tokens[j];
  if (currencyFirst || isMoney(book, unit)) {
    if (!currencyFirst) j++;
    return { zh: yuan(value), used: j - i };
  }
  // "a loan of 3 million", "got 500k": amounts this large, said with a scale word, are money here.
  const durationNext = unit && (book.durations.has(unit.stem) || book.durations.has(unit.value.toLowerCase()) || book.percent.has(unit.value.toLowerCase()));
  if (scaled && value >= 10000 && !durationNext) return { zh: yuan(value), used: j - i };
  if (unit && book.percent.has(unit.value.toLowerCase())) return { zh: `${value}%`, used: j + 1 - i };
  if (unit && (book.durations.has(unit.stem) || book.durations.has(unit.value.toLowerCase()))) {
    const zh = book.durations.get(unit.value.toLowerCase()) ?? book.durations.get(unit.stem)!;
    const ago = tokens[j + 1]?.stem === 'ago';
    return { zh: `${value}${zh}${ago ? '前' : ''}`, used: j + 1 + (ago ? 1 : 0) - i, time: ago };
  }
  // A year on its own: 2020 → 2020年, said as when something happened.
  if (tokens[i]!.kind === 'number' && j === i + 1 && /^(19|20)\d\d$/.test(tokens[i]!.stem)) {
    const month = tokens[j] && book.months.get(tokens[j]!.value.toLowerCase());
    return month ? { zh: `${value}年${month}月`, used: 2, time: true } : { zh: `${value}年`, used: 1, time: true };
  }
  if (tokens[i]!.kind === 'word' && j === i + 1) return null; // "one" alone is read as a word, if at all
  return { zh: String(value), used: j - i };
}

function numberAt(book: EnglishBook, t: Token | undefined): number | null {
  if (!t) return null;
  if (t.kind === 'number') {
    const n = Number(t.stem.replace(/[^\d.]/g, ''));
    return Number.isFinite(n) && /\d/.test(t.stem) ? n : null;
  }
  if (t.kind === 'word') return book.numbers.get(t.stem) ?? book.numbers.get(t.value.toLowerCase()) ?? null;
  return null;
}

function isMoney(book: EnglishBook, t: Token | undefined): boolean {
  return !!t && (book.money.has(t.value.toLowerCase()) || book.money.has(t.stem));
}

/** Whole 万 as the policy writes them (200万元); anything else in yuan. */
function yuan(value: number): string {
  const v = Math.round(value);
  return v >= 10000 && v % 100 === 0 ? `${v / 10000}万元` : `${v}元`;
}

/**
 * The items in Chinese order: a time, "first" and a place said after a verb go before that verb, in
 * that order (我2020年毕业，第一次在这里创业). A verb's words run to the next verb or the clause's end.
 */
function ordered(items: Item[]): string {
  const out: string[] = [];
  const rank: Partial<Record<Item['kind'], number>> = { time: 0, adverb: 1, place: 2 };
  let head: Item[] = [];
  let verb: Item | null = null;
  let after: Item[] = [];
  const flushVerb = () => {
    if (!verb) return;
    const moving = after.filter((x) => x.kind in rank).sort((a, b) => rank[a.kind]! - rank[b.kind]!);
    head.push(...moving, verb, ...after.filter((x) => !(x.kind in rank)));
    verb = null;
    after = [];
  };
  for (const item of items) {
    if (item.kind === 'punctuation') {
      flushVerb();
      out.push(...head.map((x) => x.zh), item.zh);
      head = [];
    } else if (item.kind === 'verb') {
      flushVerb();
      verb = item;
    } else if (verb) after.push(item);
    else head.push(item);
  }
  flushVerb();
  out.push(...head.map((x) => x.zh));
  return out.join('');
}
