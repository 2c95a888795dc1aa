/**
 * Issue 14, pinyin: a message typed in pinyin without an input method is answered as its
 * characters would be; what cannot be read is said to be unreadable, never out of scope; Chinese
 * messages are not touched.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, test } from 'vitest';
import { createResponder } from '../src/bot.js';
import { message } from '../src/answer/messages.js';
import type { Answer } from '../src/answer/types.js';
import { readLatin } from '../src/latin/read.js';
import { readPinyin, toneless } from '../src/latin/pinyin.js';

const AS_OF = '2021-06-30';
const respond = createResponder();
let users = 0;
const ask = (text: string): Answer => respond(`p${users++}`, text, { asOf: AS_OF });
const shown = (a: Answer) => ({ answer: a.answer, citations: a.citations, amounts: a.amounts, outOfScope: a.outOfScope, followUp: a.followUp });

const cases = readFileSync(new URL('./cases/pinyin-dev.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { pinyin: string; chinese: string | null });

// The first pinyin message builds the index (jieba, the bank, pinyin-pro): seconds under load.
beforeAll(() => {
  ask('gaoqi jiangli');
}, 180_000);

describe('toneless', () => {
  it('drops tone marks and tone digits, a digit ending its syllable', () => {
    expect(toneless('bóshì gòufáng')).toBe('boshi goufang');
    expect(toneless('bo2shi4')).toBe("bo'shi'");
    expect(toneless('lǜshī')).toBe('lvshi');
  });
  it('keeps numbers that are not tones', () => {
    expect(toneless('di 17 tiao 12wan')).toBe('di 17 tiao 12wan');
  });
});

describe('readPinyin', () => {
  it('reads words with or without spaces', () => {
    expect(readPinyin('gaoqi jiangli duoshao').text).toBe('高企奖励多少');
    expect(readPinyin('gaoqijiangliduoshao').text).toBe('高企奖励多少');
    expect(readPinyin('gao qi jiang li duo shao').text).toBe('高企奖励多少');
  });
  it('never lets a syllable cross a space the typist made', () => {
    // "xian" is one syllable; "xi an" two: the space decides.
    expect(readPinyin("xi an").syllables).toBe(2);
  });
  it('keeps digits, punctuation and acronyms in capitals', () => {
    expect(readPinyin('di 17 tiao').text).toBe('第17条');
    expect(readPinyin('yanfa touru zhan GDP bizhong').text).toBe('研发投入占GDP比重');
  });
});

describe('readLatin', () => {
  it('leaves Chinese alone, acronyms and all', () => {
    for (const text of ['博士购房补贴多少', '研发经费占GDP比重目标是多少', 'R&D投入占比2.6%', '国家级孵化器20w奖励是真的吗']) expect(readLatin(text)).toBeNull();
  });
  it('leaves a keyboard mash and English to the paths they took before', () => {
    for (const text of ['asdfghjkl', 'qwerty uiop', 'hello world foo bar', 'hi']) expect(readLatin(text)).toBeNull();
  });
  it('reads a run of pinyin inside Chinese when it spells known words', () => {
    expect(readLatin('boshi购房补贴')?.text).toBe('博士购房补贴');
  });
  it('marks pinyin that spells no known words as unreadable', () => {
    expect(readLatin('gei sou nen pou kua')?.unreadable).toBe(true);
  });
});

describe('pinyin answers (test/cases/pinyin-dev.jsonl)', () => {
  it('holds the hand-written dev set', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  test.each(cases.filter((c) => c.chinese !== null))('$pinyin is answered as $chinese', ({ pinyin, chinese }) => {
    expect(shown(ask(pinyin))).toEqual(shown(ask(chinese!)));
  });

  test.each(cases.filter((c) => c.chinese === null))('$pinyin is said to be unreadable, not out of scope', ({ pinyin }) => {
    const a = ask(pinyin);
    expect(a.answer).toBe(message('unreadable'));
    expect(a.outOfScope).toBe(false);
  });

  it('keeps the question open when a reply to it cannot be read', () => {
    const chinese = ['博士购房补贴', '是'].map((text) => respond('p-zh', text, { asOf: AS_OF }));
    const pinyin = ['boshi goufang butie', 'gei sou nen pou kua', 'shi'].map((text) => respond('p-py', text, { asOf: AS_OF }));
    expect(pinyin[1]!.answer).toBe(message('unreadable'));
    // "shi" (是) still answers the question asked before the unreadable message.
    expect(shown(pinyin[2]!)).toEqual(shown(chinese[1]!));
  });
});
