/**
 * Issue 14's own dev figures (not a blind set): `npx tsx bench/latin.ts`.
 *
 * Pinyin: each message of test/cases/pinyin-dev.jsonl (written by hand) must get the answer its
 * characters get; and every single-turn question of test/cases/conversations.jsonl, spelt in
 * pinyin four ways by pinyin-pro (word by word, syllable by syllable, run together, with tone
 * digits), the same. A pinyin message "answers as its characters" when the answer text, citations,
 * amounts, outOfScope and follow-up questions are all equal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseBankFile } from '../src/bank/index.js';
import { answersTarget } from '../src/model/answers.js';
import { pinyin } from 'pinyin-pro';
import { createResponder } from '../src/bot.js';
import type { Answer } from '../src/answer/types.js';
import { segment } from '../src/search/segment.js';
import { message } from '../src/answer/messages.js';

const AS_OF = '2021-06-30';
const respond = createResponder();
let n = 0;
const ask = (text: string): Answer => respond(`u${n++}`, text, { asOf: AS_OF });
const same = (a: Answer, b: Answer) =>
  JSON.stringify([a.answer, a.citations, a.amounts, a.outOfScope, a.followUp]) === JSON.stringify([b.answer, b.citations, b.amounts, b.outOfScope, b.followUp]);

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

const pinyinToo = !process.argv.includes('--en');
// Hand-written pinyin.
const hand = lines('test/cases/pinyin-dev.jsonl') as { pinyin: string; chinese: string | null }[];
let ok = 0;
const t0 = performance.now();
ask('gaoqi'); // the pinyin index is built on the first pinyin message
const built = performance.now() - t0;
for (const c of pinyinToo ? hand : []) {
  const got = ask(c.pinyin);
  const pass = c.chinese === null ? got.answer === message('unreadable') : same(got, ask(c.chinese));
  if (pass) ok++;
  else console.log(`  miss: ${c.pinyin} → ${got.answer.split('\n')[0]!.slice(0, 80)}`);
}
console.log(`pinyin, hand-written (test/cases/pinyin-dev.jsonl): ${ok}/${hand.length} answered as their characters`);
console.log(`  first pinyin message (builds the index): ${built.toFixed(0)} ms`);

// The case set's single-turn questions, spelt four ways.
const questions = (lines('test/cases/conversations.jsonl') as { turns: string[] }[])
  .filter((c) => c.turns.length === 1 && /\p{Script=Han}/u.test(c.turns[0]!)).map((c) => c.turns[0]!);
const spell: Record<string, (q: string) => string> = {
  words: (q) => segment(q).map((w) => pinyin(w, { toneType: 'none', separator: '', nonZh: 'consecutive' })).join(' '),
  syllables: (q) => pinyin(q, { toneType: 'none', nonZh: 'consecutive' }),
  together: (q) => pinyin(q, { toneType: 'none', separator: '', nonZh: 'consecutive' }),
  toneDigits: (q) => segment(q).map((w) => pinyin(w, { toneType: 'num', separator: '', nonZh: 'consecutive' })).join(' '),
};
for (const [way, f] of pinyinToo ? Object.entries(spell) : []) {
  let good = 0;
  const misses: string[] = [];
  const t = performance.now();
  for (const q of questions) {
    const p = f(q).replace(/\s+/g, ' ');
    if (same(ask(p), ask(q))) good++;
    else misses.push(`${q} ← ${p}`);
  }
  console.log(`pinyin, case-set questions spelt ${way}: ${good}/${questions.length} (${((100 * good) / questions.length).toFixed(1)}%), ${((performance.now() - t) / questions.length / 2).toFixed(2)} ms a message`);
  if (process.argv.includes('-v')) misses.slice(0, 15).forEach((m) => console.log('  miss:', m));
}

// English: the English bank (knowledge/bank/en/*.md), each example routed as answersTarget judges the Chinese dev split.
const enDir = 'knowledge/bank/en';
const english = readdirSync(enDir).filter((f) => f.endsWith('.md') && f !== 'README.md')
  .flatMap((f) => parseBankFile(readFileSync(`${enDir}/${f}`, 'utf8'), `${enDir}/${f}`));
let right = 0;
let inEnglish = 0;
const wrong: string[] = [];
const tEn = performance.now();
for (const e of english) {
  const a = ask(e.text);
  if (answersTarget(e.target, a)) right++;
  else wrong.push(`${e.target} ← ${e.text} → ${a.outOfScope ? 'OOS' : a.citations[0] ?? '-'} ${a.answer.split('\n')[0]!.slice(0, 60)}`);
  if (a.language === 'en') inEnglish++;
}
console.log(`English bank (knowledge/bank/en): ${right}/${english.length} (${((100 * right) / english.length).toFixed(1)}%) routed right; ${inEnglish} answered in English; ${((performance.now() - tEn) / english.length).toFixed(1)} ms a message`);
if (process.argv.includes('-v')) wrong.forEach((w) => console.log('  miss:', w));
