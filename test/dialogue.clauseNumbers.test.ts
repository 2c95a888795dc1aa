/** Two clauses named by number in one message are both answered and both cited. */
import { describe, expect, it } from 'vitest';
import { clauseNumbers } from '../src/dialogue/clauseFinder.js';
import { createResponder } from '../src/bot.js';

describe('clauseNumbers', () => {
  it.each([
    ['第16条和第17条有什么区别', ['item-16', 'item-17']],
    ['第三条、第六条谁牵头', ['item-3', 'item-6']],
    ['第17条讲什么', []],
    ['第17条和第17条', []],
    ['第16条和第22条', []],
  ] as const)('%s', (text, ids) => {
    expect(clauseNumbers(text)).toEqual(ids);
  });

  it('answers each clause with its units and cites both', () => {
    const a = createResponder()('u', '第3条和第6条的牵头单位', { asOf: '2021-06-30' });
    expect(a.citations).toEqual(['item-3', 'item-6']);
    expect(a.answer).toContain('市发展改革委');
    expect(a.answer).toContain('第6条');
  });
});

describe('two questions in one message', () => {
  const ask = (text: string) => createResponder()('u', text, { asOf: '2021-06-30' });

  it('gives the clause, which names its units, when a clause question asks more than who leads', () => {
    const a = ask('第11条免费厂房几年，谁负责');
    expect(a.answer).toContain('免费提供2年标准化厂房');
    expect(a.answer).toContain('牵头单位：市科技局');
  });

  it('keeps the units answer when that is all that is asked', () => {
    expect(ask('17条谁负责').answer).toContain('的牵头单位是市委组织部');
    expect(ask('第二十一条牵头单位和责任单位分别是哪些').answer).toContain('的牵头单位是市委宣传部');
  });

  it('answers every document fact asked (文号和发布日期)', () => {
    const a = ask('文号和发布日期是什么');
    expect(a.answer).toContain('盘政办发〔2019〕29号');
    expect(a.answer).toContain('2019年7月4日');
    expect(a.citations).toEqual(['notice']);
  });
});
