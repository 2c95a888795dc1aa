import { describe, expect, it } from 'vitest';
import { checkCase } from './cases/checkCase.js';
import type { Answer } from '../src/answer/types.js';

// The blind English and pinyin sets (issue 14) say which language the answer must be in; the check
// must fail a Chinese answer to an English question, or it measures nothing.
const base = { answer: 'x', citations: ['item-17'], amounts: [], outOfScope: false } as unknown as Answer;

describe('checkCase language', () => {
  it('fails an answer in the wrong language, and an unmarked answer counts as Chinese', () => {
    const c = { id: 't', turns: ['how much'], language: 'en' as const };
    expect(checkCase(c, base).ok).toBe(false);
    expect(checkCase(c, { ...base, language: 'en' }).ok).toBe(true);
    expect(checkCase({ ...c, language: 'zh' }, base).ok).toBe(true);
    expect(checkCase({ id: 't', turns: ['x'] }, { ...base, language: 'en' }).ok).toBe(true);
  });
});
