import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/dialogue/normalize.js';

describe('normalizeText', () => {
  it('reads colloquial question words as their standard forms', () => {
    expect(normalizeText('政策啥时候发的')).toBe('政策什么时候发的');
    expect(normalizeText('补贴咋算')).toBe('补贴怎么算');
  });

  it('still applies the search normalisation first (traditional, full-width)', () => {
    expect(normalizeText('第１７條講啥')).toBe('第17条讲什么');
  });
});

describe('mixed digits and Chinese units', () => {
  it('writes 5千万 and 3百万 out as 万', () => {
    expect(normalizeText('贷了5千万')).toBe('贷了5000万');
    expect(normalizeText('3百万')).toBe('300万');
    expect(normalizeText('1.5千万')).toBe('1500万');
  });
});

describe('chat spellings', () => {
  it('joins a message spaced out one character at a time, and only that', () => {
    expect(normalizeText('高 企 奖 励 多 少')).toBe('高企奖励多少');
    expect(normalizeText('我是博士 全日制 去年毕业')).toBe('我是博士 全日制 去年毕业');
    expect(normalizeText('我 是 全日制 博士')).toBe('我 是 全日制 博士');
  });

  it('reads 有木有 as 有没有', () => {
    expect(normalizeText('博后有木有补贴')).toBe('博后有没有补贴');
  });
});

describe('thousands separators', () => {
  it('drops them so the figure is read at all (1,000万 was read as 000万)', () => {
    expect(normalizeText('贷款1,000万')).toBe('贷款1000万');
    expect(normalizeText('贷款1，500，000元')).toBe('贷款1500000元');
    expect(normalizeText('2019,2020年')).toBe('2019,2020年');
  });
});
