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
