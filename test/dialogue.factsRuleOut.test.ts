/**
 * End to end (respond()): a benefit that a fact of the message rules out, or leaves to the text's
 * silence, is never listed as an amount, firm or conditional; a condition the message talks about
 * without settling it is asked, and the money that hangs on it stays conditional (issue 11, §4).
 * The messages are the bank's own ruling-out examples (knowledge/bank/facts-ruling-out.md).
 */
import { describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { bank } from '../src/bank/index.js';
import { evaluate, questionFor, type Profile } from '../src/calculator/index.js';

/** The day the bank's relative years are read against (test/bank.facts.test.ts). */
const asOf = '2026-06-30';
/** A day inside the policy period, for the messages written here that say 今年. */
const during = '2020-06-30';

/** Examples of the ruling-out file whose target benefit one of their annotated facts settles against. */
const ruledOut = bank().examples
  .filter((e) => e.source.startsWith('knowledge/bank/facts-ruling-out.md') && bank().targets.get(e.target) === 'benefit')
  .filter((e) => e.annotations.some((a) => {
    const [o] = evaluate({ [a.fact]: a.value } as Partial<Profile>, { asOf, rules: [e.target] });
    return o?.status === 'ineligible';
  }));

describe('facts that rule a benefit out, end to end', () => {
  it('has ruling-out examples to run', () => {
    expect(ruledOut.length).toBeGreaterThan(40);
  });

  it.each(ruledOut.map((e) => [e.text, e.target] as const))('%s: no amount of %s', (text, target) => {
    const answer = createResponder()('u', text, { asOf });
    expect(answer.amounts.filter((a) => a.entitlement === target)).toEqual([]);
  });

  it('reads the degree the asker states, not the 博士 of the benefit asked about', () => {
    for (const [text, target] of [['我是硕士，能拿博士购房补贴吗', 'phd-first-home'], ['本科能申请博士创业补贴吗', 'phd-startup-salary']] as const) {
      const answer = createResponder()('u', text, { asOf: during });
      expect(answer.amounts.filter((a) => a.entitlement === target), text).toEqual([]);
    }
    // Said alone, the benefit's 博士 still is the asker's degree.
    expect(createResponder()('u', '博士购房补贴多少', { asOf: during }).amounts.map((a) => a.yuan)).toContain(120000);
  });

  it('says a point the text leaves open as such, naming the lead unit', () => {
    const answer = createResponder()('u', '公司开在大连，今年评上高企，有奖励吗', { asOf: during });
    expect(answer.amounts).toEqual([]);
    expect(answer.answer).toContain('文件未写明');
    expect(answer.answer).toContain('市科技局');
    expect(answer.answer).not.toContain('要求单位');
  });

  it('asks a condition the message talks about without settling it, and keeps the money conditional', () => {
    const answer = createResponder()('u', '我们公司注册地比较特殊，今年评上高企，有奖励吗', { asOf: during });
    expect(answer.followUp).toContain(questionFor('enterpriseInPanjin'));
    expect(answer.amounts.length).toBeGreaterThan(0);
    expect(answer.amounts.every((a) => a.conditional === true)).toBe(true);
  });

  it('asks the talked-of condition first, whatever else is open', () => {
    const answer = createResponder()('u', '博士买房补贴多少，户口的事还在办', { asOf: during });
    expect(answer.followUp[0]).toBe(questionFor('newlySettled'));
    expect(answer.amounts.every((a) => a.conditional === true)).toBe(true);
  });

  it('grants once the talked-of condition is answered', () => {
    const respond = createResponder();
    respond('u', '我们公司注册地比较特殊，今年评上高企，有奖励吗', { asOf: during });
    const answer = respond('u', '是的，在盘锦注册的', { asOf: during });
    expect(answer.amounts).toMatchObject([{ yuan: 100000, entitlement: 'high-tech-enterprise' }]);
    expect(answer.amounts[0]!.conditional).toBeUndefined();
  });
});
