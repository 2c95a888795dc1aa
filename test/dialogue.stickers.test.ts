import { describe, expect, it } from 'vitest';
import { withoutStickers } from '../src/dialogue/stickers.js';
import { createResponder } from '../src/bot.js';

describe('withoutStickers', () => {
  it('drops WeChat expression codes', () => {
    expect(withoutStickers('谢谢[抱拳]')).toBe('谢谢');
    expect(withoutStickers('[微笑]我是全日制博士[强]')).toBe('我是全日制博士');
  });

  it('keeps a bracketed word that is no expression, and a message of codes alone', () => {
    expect(withoutStickers('[高企]奖励多少')).toBe('[高企]奖励多少');
    expect(withoutStickers('[微笑][微笑]')).toBe('[微笑][微笑]');
  });

  it('answers thanks with an expression as thanks, not as out of scope', () => {
    const r = createResponder();
    r('u', '高企奖励多少', { asOf: '2021-06-30' });
    const a = r('u', '谢谢[抱拳]', { asOf: '2021-06-30' });
    expect(a.outOfScope).toBe(false);
    expect(a.amounts).toEqual([]);
  });

  it('does not read [足球] as a question about football', () => {
    const a = createResponder()('u', '[足球]高企奖励多少', { asOf: '2021-06-30' });
    expect(a.citations[0]).toBe('item-6');
  });
});
