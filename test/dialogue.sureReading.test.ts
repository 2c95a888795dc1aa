/**
 * The model's sure reading (src/dialogue/listeners/sureReading.ts: high band, one clause or benefit
 * at 0.85 or more) goes before the rules that read one word: a procedure word, an off-topic word, a
 * units word, facts or money words that would weigh every benefit. The phrasings are the zh1
 * helper's own, written from the policy text (not from any case set). A message the model does not
 * surely read as a clause keeps the one-word rule's answer.
 */
import { describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';

const ask = (text: string) => createResponder()('sure', text, { asOf: '2021-06-30' });

describe('a sure reading goes before one-word rules', () => {
  it.each([
    ['科协管的那个专家工作站 咋申请', 'item-2'],
    ['办手续太麻烦 园区能帮着跑吗', 'item-11'],
    ['公司想去股市上市 政府帮忙不', 'item-14'],
    ['我们的发明被人抄了 找谁', 'item-20'],
    ['公司今年刚拿到高新证书 市里有没有钱', 'item-6'],
  ])('%s → %s', (text, clause) => {
    const a = ask(text);
    expect(a.outOfScope, a.answer).toBe(false);
    expect(a.citations[0], a.answer).toBe(clause);
  });

  it('says the text sets no procedure when a clause answers how to apply', () => {
    expect(ask('科协管的那个专家工作站 咋申请').answer).toContain('没有写明申请材料、流程和发放时间');
  });

  it('still refuses an off-topic word or a bare procedure question the model does not read as a clause', () => {
    expect(ask('股市今天涨了没').outOfScope).toBe(true);
    expect(ask('申请材料有哪些').outOfScope).toBe(true);
  });
});
