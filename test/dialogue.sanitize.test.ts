import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, sanitize } from '../src/dialogue/sanitize.js';
import { createResponder } from '../src/bot.js';

describe('sanitize', () => {
  it('cuts input at MAX_INPUT_CHARS and says so', () => {
    const r = sanitize('博'.repeat(MAX_INPUT_CHARS + 10));
    expect(r.text.length).toBe(MAX_INPUT_CHARS);
    expect(r.truncated).toBe(true);
  });

  it('strips bidi, zero-width and control characters', () => {
    expect(sanitize('第\u202E17\u200B条\u0007').text).toBe('第17条');
  });

  it('drops a lone surrogate left by the cut', () => {
    const r = sanitize('a'.repeat(MAX_INPUT_CHARS - 1) + '😀');
    expect(r.text).toBe('a'.repeat(MAX_INPUT_CHARS - 1));
  });

  it('turns non-strings into text rather than failing', () => {
    expect(sanitize(undefined).text).toBe('');
    expect(sanitize(17 as unknown as string).text).toBe('17');
  });
});

describe('respond on odd input', () => {
  const respond = createResponder();
  const asOf = '2021-06-30';

  it('answers a question hidden behind bidi overrides', () => {
    expect(respond('u', '\u202E第十七条\u202C', { asOf }).citations).toEqual(['item-17']);
  });

  it('answers the head of a very long message and notes the cut', () => {
    const a = respond('u', `第17条${'啊'.repeat(5000)}`, { asOf });
    expect(a.citations).toEqual(['item-17']);
    expect(a.answer).toContain(`前${MAX_INPUT_CHARS}个字符`);
  });

  it('treats emoji and gibberish as out of scope', () => {
    for (const text of ['😀😀😀', 'asdfghjkl', '？？？']) {
      const a = respond('u', text, { asOf });
      expect(a.outOfScope, text).toBe(true);
      expect(a.citations).toEqual([]);
      expect(a.amounts).toEqual([]);
    }
  });

  it('reads traditional characters and full-width digits', () => {
    expect(respond('u', '第１７條', { asOf }).citations).toEqual(['item-17']);
  });
});
