/**
 * Follow-ups as people type them on WeChat: a correction before a bare reply ("哦不对，是第一次"),
 * and an ellipsis that brings its own subject ("那天使投资基金呢") rather than a variant of the topic.
 */
import { describe, expect, it } from 'vitest';
import { withoutRetraction, firstTimeAnswer, yesNoAnswer } from '../src/dialogue/facts/answers.js';
import { chooseBenefits } from '../src/dialogue/intents/route.js';
import { createResponder } from '../src/bot.js';
import { understand } from '../src/understand/index.js';

const asOf = '2021-06-30';

describe('withoutRetraction', () => {
  it.each([
    ['哦不对是第一次', '是第一次'],
    ['说错了是第二次', '是第二次'],
    ['不好意思是的', '是的'],
    ['不对', '不对'],
    ['不是第一次', '不是第一次'],
  ])('%s → %s', (bare, expected) => {
    expect(withoutRetraction(bare)).toBe(expected);
  });

  it('lets a corrected bare reply settle the fact it names', () => {
    expect(firstTimeAnswer(withoutRetraction('哦不对是第一次'), ['phd-startup-salary'], asOf)).toMatchObject({ firstBusinessInPanjin: true });
    expect(yesNoAnswer(withoutRetraction('不对'), ['firstHome'])).toEqual({ firstHome: false });
  });
});

/** The route's cues as the understanding stage reads them from a message. */
const routeCues = (text: string) => {
  const { cues } = understand(text, { asOf, topic: null, pending: [] });
  return { broad: cues.broad !== null, short: cues.short };
};

describe('chooseBenefits with a subject of its own', () => {
  const topic = { clauses: ['item-13'], benefits: ['ip-pledge-interest-subsidy'], specific: true };
  const base = { named: [], topic, hasFacts: false, anyFacts: false, anaphoric: true, money: false, subjectless: false };

  it('keeps a bare ellipsis on the topic', () => {
    expect(chooseBenefits({ ...base, ...routeCues('那这个呢') })).toMatchObject({ kind: 'entitlement', benefits: ['ip-pledge-interest-subsidy'] });
  });

  it('does not answer a new subject with the topic\'s benefit', () => {
    expect(chooseBenefits({ ...base, ...routeCues('那天使投资基金呢'), ownSubject: true })).toEqual({ kind: 'none' });
  });
});

describe('topic switches in a conversation', () => {
  const ask = (turns: string[]) => {
    const r = createResponder();
    return turns.map((t) => r('u', t, { asOf })).at(-1)!;
  };

  it('answers a new clause named by ellipsis with that clause, not the topic\'s money', () => {
    const a = ask(['孵化器奖励多少', '国家级的', '那院士专家工作站呢']);
    expect(a.citations[0]).toBe('item-2');
    expect(a.amounts).toEqual([]);
  });

  it('switches to the benefit a bare name points at', () => {
    const a = ask(['国家级孵化器奖励多少', '高企呢']);
    expect(a.citations[0]).toBe('item-6');
    expect(a.amounts.map((x) => x.yuan)).toEqual([100000]);
  });

  it('does not read a level that belongs to a new subject against the topic', () => {
    const a = ask(['博士购房补贴多少', '那省级孵化器呢']);
    expect(a.citations[0]).toBe('item-19');
    expect(a.amounts.map((x) => x.yuan)).not.toContain(120000);
  });

  it('answers "三年一共多少" on the topic: a figure is no subject of its own', () => {
    const a = ask(['我是全日制博士，去年毕业，第一次在盘锦创业', '三年一共多少']);
    expect(a.amounts.map((x) => x.yuan)).toContain(108000);
  });

  it('answers a money question that also asks who handles it with the amount and the lead unit', () => {
    const a = ask(['我们公司去年刚评上高新技术企业 请问可以申请奖励吗 大概多少钱 找哪个部门']);
    expect(a.amounts.map((x) => x.yuan)).toEqual([100000]);
    expect(a.answer).toContain('市科技局');
  });

  it('reads a supposed variant of the asker\'s case against the topic, whatever its words', () => {
    const a = ask(['博士购房补贴多少', '那如果是二手房呢']);
    expect(a.outOfScope).toBe(false);
    expect(a.citations[0]).toBe('item-17');
  });

  it('still reads a variant of the asker\'s facts against the topic', () => {
    const a = ask(['省级孵化器奖励多少', '国家级的呢']);
    expect(a.citations[0]).toBe('item-19');
    expect(a.amounts.map((x) => x.yuan)).toContain(200000);
  });
});

describe('bare replies typed as people chat', () => {
  it.each([['嗯嗯', true], ['对对对', true], ['是滴', true], ['对呀', true], ['不是滴', false], ['没有的', false], ['都不是', false]] as const)(
    '%s', (bare, expected) => {
      expect(yesNoAnswer(bare, ['fullTime'])).toEqual({ fullTime: expected });
    },
  );

  it('reads nothing from a reply that is no yes or no', () => {
    expect(yesNoAnswer('对了第6条讲的什么', ['fullTime'])).toEqual({});
  });
});

describe('a correction that rules out the topic', () => {
  const ask = (turns: string[]) => {
    const r = createResponder();
    return turns.map((t) => r('u', t, { asOf })).at(-1)!;
  };

  it('moves to the tier the corrected fact names', () => {
    const a = ask(['我们团队是重点支持', '更正，是优先支持']);
    expect(a.amounts.map((x) => x.yuan)).toEqual([200000]);
  });

  it('keeps a corrected talent tier on the salary asked about, not item-15\'s grant', () => {
    const a = ask(['国家级领军人才，首次全职引进，签了5年合同，薪酬补贴多少', '说错了，我是顶尖人才']);
    expect(a.citations[0]).toBe('item-17');
    expect(a.amounts.map((x) => x.yuan)).toEqual([150000]);
  });

  it('lists nothing when the correction rules out the benefit and no sibling fits', () => {
    expect(ask(['全日制博士，新落户盘锦，在盘锦上班，在盘锦买了第一套房，补多少', '其实是第二套房']).amounts).toEqual([]);
  });
});

describe('a bare yes with no question open', () => {
  it('asks what it answers instead of calling it out of scope', () => {
    const r = createResponder();
    r('u', '博士创业补贴', { asOf });
    r('u', '第13条谁牵头', { asOf });
    const a = r('u', '是的', { asOf });
    expect(a.outOfScope).toBe(false);
    expect(a.amounts).toEqual([]);
    expect(a.answer).toContain('回答哪个问题');
  });
});

describe('saying a recognition is not new', () => {
  const play = (...turns: string[]) => {
    const r = createResponder();
    return turns.map((t) => r('u', t, { asOf }))[turns.length - 1]!;
  };

  it('withdraws the year said before: 不是新列入的 rules the 20万 out', () => {
    expect(play('国家级孵化器2020年新列入', '不是新列入的').amounts).toEqual([]);
  });

  it('keeps the year when the asker only says it already is one (早就是高企了)', () => {
    expect(play('高企2019年认定的', '早就是高企了').amounts.map((a) => a.yuan)).toEqual([100000]);
  });

  it('rules a reward out for a kind the asker denies being (公司不是高企)', () => {
    expect(play('公司不是高企，能拿高企那10万吗').amounts).toEqual([]);
  });
});
