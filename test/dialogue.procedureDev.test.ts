/**
 * End to end: how, when and with what papers a named benefit is applied for or paid
 * (test/cases/procedure-dev.jsonl: 申请表, 审核要多久, 打到公司账户, 要交什么证明, 要房产证吗, 网上能申请吗,
 * 过期了能补申请吗…). The policy sets no procedure, documents or timing: the answer cites the
 * benefit's clause, says the text sets none, and lists no amount (a conditional 12万 next to "要房产证吗"
 * reads as a promise). The "keep-amounts" cases state facts or ask how much, naming the same papers
 * (房产证, 发票, 合同) or benefits: they keep their amounts. Written by the proc helper from the
 * policy text; these are development examples.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { readCases, runCase } from './cases/checkCase.js';

const cases = readCases('procedure-dev.jsonl');

describe('procedure questions about a named benefit, and fact questions that keep their amounts', () => {
  // The first answer loads the segmenter and the model (seconds under load): not any one case's time.
  beforeAll(() => {
    createResponder()('warm', '你好', { asOf: '2021-06-30' });
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = runCase(c, createResponder());
    expect(r.problems, `${c.turns.join(' / ')} → ${r.answer.answer}`).toEqual([]);
  });

  it('says the text sets no procedure once, not twice', () => {
    const r = runCase(cases.find((c) => c.id === 'proc-home-deed')!, createResponder());
    expect(r.answer.answer.split('没有写明申请材料').length - 1).toBe(1);
  });
});
