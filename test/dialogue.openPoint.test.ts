/** A question about a point the text leaves open is answered with that point, from the rule book. */
import { describe, expect, it } from 'vitest';
import { openPointAsked } from '../src/dialogue/intents/openPoint.js';
import { createResponder } from '../src/bot.js';

describe('openPointAsked', () => {
  it.each([
    ['item-6', '高企到期重新认定通过了，算新获批吗', '到期重新认定'],
    ['item-13', '最高50万是每笔贷款还是每家企业', '每笔贷款'],
    ['item-3', '先省级后国家级，两项奖励都能拿吗', '两项奖励都拿'],
  ])('%s %s', (clause, text, point) => {
    expect(openPointAsked(clause, text)).toContain(point);
  });

  it('says nothing when the question only uses the clause\'s own words', () => {
    expect(openPointAsked('item-6', '高企奖励多少')).toBeNull();
    expect(openPointAsked('item-3', '当年获批的研发机构奖励多少')).toBeNull();
  });

  it('puts the open point first in the answer, with no amount', () => {
    const a = createResponder()('u', '高企到期重新认定通过了，算新获批吗', { asOf: '2021-06-30' });
    expect(a.answer.startsWith('到期重新认定的高新技术企业是否算')).toBe(true);
    expect(a.citations[0]).toBe('item-6');
  });
});
