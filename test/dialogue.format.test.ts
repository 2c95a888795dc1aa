import { describe, expect, it } from 'vitest';
import { clauseName, formatAmount, formatYuan, validityNote } from '../src/answer/format.js';
import { renderText } from '../src/answer/render/text.js';
import type { Answer } from '../src/answer/types.js';

describe('formatYuan', () => {
  it('says round sums in 万元 and others in grouped yuan, never rounding', () => {
    expect(formatYuan(36000)).toBe('3.6万元');
    expect(formatYuan(120000)).toBe('12万元');
    expect(formatYuan(65250)).toBe('65,250元');
    expect(formatYuan(800)).toBe('800元');
  });
});

describe('formatAmount', () => {
  it('shows the period, the years and the cap', () => {
    expect(formatAmount({ yuan: 36000, per: 'year', years: 3 })).toBe('3.6万元/年，共3年');
    expect(formatAmount({ yuan: 120000, per: 'once', cap: true })).toBe('最高12万元');
  });
});

describe('clauseName', () => {
  it('names items by number and sections by part', () => {
    expect(clauseName('item-17')).toBe('第17条');
    expect(clauseName('sec-3.2', '强化资金保障')).toBe('第三部分第2项（强化资金保障）');
  });
});

describe('validityNote', () => {
  it('says the period has ended and whom to ask', () => {
    const note = validityNote({ from: '2019-07-04', to: '2021-12-31', inForce: false, asOf: '2026-11-28' }, ['市科技局']);
    expect(note).toContain('已于2021-12-31结束');
    expect(note).toContain('市科技局');
  });
  it('says the policy is in force inside the period', () => {
    expect(validityNote({ from: '2019-07-04', to: '2021-12-31', inForce: true, asOf: '2020-01-01' })).toContain('仍在实施期内');
  });
});

describe('renderText', () => {
  it('lists follow-up questions and the clauses relied on', () => {
    const a: Answer = {
      user: 'u', answer: '按第17条……', citations: ['item-17'], amounts: [], outOfScope: false,
      followUp: ['您是全日制博士吗？'], validity: { from: '2019-07-04', to: '2021-12-31', inForce: false, asOf: '2026-11-28' },
    };
    expect(renderText(a)).toBe('按第17条……\n请告诉我：\n  1. 您是全日制博士吗？\n依据：第17条（item-17）');
  });
});
