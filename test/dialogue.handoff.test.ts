/**
 * Hand-offs (issue 12, part 3): when will it be paid, how far has my application got, where do the
 * papers go. The text settles none of these; the answer says what the text does say about the
 * benefit, that it leaves this open, and which lead units to ask, and the log records the question
 * as handed to those units.
 */
import { describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { ConversationLog } from '../src/log/index.js';
import type { LogRecord, TurnRecord } from '../src/log/record.js';

const asOf = '2021-06-30';

function logged() {
  const records: LogRecord[] = [];
  const log = new ConversationLog('wechat', { write: (r) => void records.push(r), close: async () => {} }, (k) => k);
  const respond = createResponder({ log });
  const last = () => records.at(-1) as TurnRecord;
  return { ask: (text: string, user = 'u') => ({ answer: respond(user, text, { asOf }), record: last() }) };
}

describe('a hand-off about a named benefit', () => {
  it.each([
    ['博士购房补贴材料交到哪', '申请材料交到哪里'],
    ['孵化器奖励的申请进度怎么查', '审核结果何时出来'],
    ['博士购房补贴什么时候到账', '什么时候发放'],
  ])('"%s": quotes the benefit, says the text leaves it open, names its lead units', (question, open) => {
    const { answer, record } = logged().ask(question);
    expect(answer.outOfScope).toBe(false);
    expect(answer.answer).toContain(open);
    expect(answer.answer).toContain('文件未写明');
    expect(answer.answer).toMatch(/原文（第\d+条）：“/);
    expect(answer.answer).toMatch(/请向牵头单位咨询：市/);
    expect(record.handoff?.units.length).toBeGreaterThan(0);
    for (const unit of record.handoff!.units) expect(answer.answer).toContain(unit);
    expect(answer.amounts).toEqual([]);
  });

  it('takes the benefit from the conversation: "审核到哪了" after 博士购房补贴', () => {
    const bot = logged();
    bot.ask('博士购房补贴多少', 'p');
    const { answer, record } = bot.ask('审核到哪了', 'p');
    expect(answer.citations).toContain('item-17');
    expect(record.handoff?.units).toEqual(['市委组织部', '市人力资源社会保障局', '市科技局']);
  });
});

describe('a hand-off with no benefit in view', () => {
  it('says the text leaves it open, asks which benefit, and hands it to the units over the funds', () => {
    const { answer, record } = logged().ask('我的申请审核到哪了');
    expect(answer.outOfScope).toBe(false);
    expect(answer.answer).toContain('文件未写明');
    expect(answer.answer).toContain('告诉我是哪一项');
    expect(record.handoff?.units).toEqual(['市科技局', '市财政局']);
  });
});

describe('not a hand-off', () => {
  it.each(['申请材料有哪些', '研发机构奖励去哪申请', '博士购房补贴多少', '第十七条'])('"%s" is answered as before, and not logged as one', (question) => {
    const { record } = logged().ask(question);
    expect(record.handoff).toBeUndefined();
  });
});
