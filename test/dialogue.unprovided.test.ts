/**
 * Money questions whose subject is not what a benefit rewards: a subsidy the policy never provides
 * (稳岗补贴), a service listed in a clause (市引才专项资金申请), overseas R&D (item-10, not item-3's
 * reward), and a money word with no subject at all. None may be answered with another benefit's money.
 */
import { describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { noAmountNote } from '../src/dialogue/intents/noAmount.js';
import { chooseBenefits, type RouteInput } from '../src/dialogue/intents/route.js';
import { targetsAsked } from '../src/dialogue/intents/targets.js';
import { findClauses, unknownSubsidy } from '../src/dialogue/clauseFinder.js';
import { benefitsNamed, unprovidedSubsidy } from '../src/dialogue/benefits.js';
import { understand } from '../src/understand/index.js';
import { checkCase } from './cases/checkCase.js';

const asOf = '2021-06-30';
const ask = (text: string, responder = createResponder()) => responder('u', text, { asOf });
const named = (text: string) => benefitsNamed(text, () => true);

describe('subsidies the policy never provides', () => {
  it('reads the names listed as data, with the money word that follows a bare subject', () => {
    expect(unprovidedSubsidy('稳岗补贴多少')).toBe('稳岗补贴');
    expect(unprovidedSubsidy('租房补贴有吗')).toBe('租房补贴');
    expect(unprovidedSubsidy('博士购房补贴多少')).toBeNull();
    expect(unprovidedSubsidy('工资补贴多少')).toBeNull();
  });

  it('finds a subsidy whose only subject is a word no clause uses', () => {
    expect(unknownSubsidy('稳岗补贴多少')).toBe('稳岗补贴');
    // Glue stuck to a word by jieba is no subsidy's name; a subject the policy knows is not unknown.
    expect(unknownSubsidy('那有补贴吗')).toBeNull();
    expect(unknownSubsidy('院士专家工作站建站补贴多少')).toBeNull();
    expect(unknownSubsidy('有补贴吗')).toBeNull();
  });

  it('finds a subsidy whose own subject is a noun no clause uses, beside known words', () => {
    expect(unknownSubsidy('购买设备补贴')).toBe('设备补贴');
    expect(unknownSubsidy('首台套奖励')).toBe('首台套奖励');
  });

  it('answers out of scope, naming the subsidy, with no amount, even leaning on a topic', () => {
    const a = ask('稳岗补贴多少');
    expect(a).toMatchObject({ outOfScope: true, citations: [], amounts: [] });
    expect(a.answer).toContain('没有规定“稳岗补贴”');
    const r = createResponder();
    ask('博士购房补贴多少', r);
    expect(ask('那租房补贴呢', r)).toMatchObject({ outOfScope: true, amounts: [] });
    // The topic survives the refusal: the next ellipsis still leans on 购房补贴.
    expect(ask('那购房补贴呢', r).amounts.map((x) => x.yuan)).toContain(120000);
  });

  it('keeps the subsidies the policy does name', () => {
    expect(ask('购房补贴多少').amounts.map((x) => x.yuan)).toContain(120000);
    expect(ask('贴息最高补多少').amounts.map((x) => x.yuan)).toContain(500000);
    expect(ask('工资补贴有多少').amounts.map((x) => x.yuan)).toEqual(expect.arrayContaining([150000, 100000]));
  });
});

describe('what a benefit cue names', () => {
  it('does not name item-3 or item-16 for overseas R&D set-up or acquisition', () => {
    expect(named('境外并购研发机构有奖励吗')).toEqual([]);
    expect(named('海外并购研发机构有补贴吗')).toEqual([]);
    expect(named('国家级研发中心奖励多少')).toContain('national-rd-institution');
    expect(named('海外人才创业有补贴吗')).toContain('overseas-talent-startup');
  });

  it('does not name item-15 grants for the 市引才专项资金 service', () => {
    expect(named('引才专项资金能申请多少')).toEqual([]);
    expect(named('引进人才资助多少')).toContain('top-talent-grant');
  });

  it('does not read 创业 in a start-up loan as the PhD start-up salary', () => {
    expect(named('创业贷款贴息')).toEqual(['ip-pledge-interest-subsidy']);
    expect(named('博士创业补贴多少')).toContain('phd-startup-salary');
  });

  it('does not read 租房补贴 as 房补', () => {
    expect(named('租房补贴有吗')).toEqual([]);
    expect(named('房补多少')).toContain('phd-first-home');
  });
});

describe('a service listed in a clause', () => {
  it('is said to be a service with no amount set', () => {
    expect(noAmountNote('item-17', [], '引才专项资金能申请多少'))
      .toBe('第17条把“市引才专项资金申请”列为它提供的服务之一，没有规定它的补贴或奖励金额。');
  });

  it('is not the 2000万 budget, whose 专项资金 is another fund', () => {
    expect(targetsAsked('引才专项资金能申请多少')).toEqual([]);
    expect(targetsAsked('专项资金每年安排多少').length).toBeGreaterThan(0);
  });

  it('is answered from item-17 with no amount', () => {
    const a = ask('引才专项资金能申请多少');
    expect(a.citations[0]).toBe('item-17');
    expect(a.amounts).toEqual([]);
  });
});

describe('the clause of a money question', () => {
  it('prefers, among near-tied hits, the one covering clearly more of the subject', () => {
    expect(findClauses('企业在境外设立研发中心能拿多少钱', 1, false, true)[0]?.clauseId).toBe('item-10');
    expect(findClauses('专利授权奖励多少', 1, false, true)[0]?.clauseId).toBe('item-20');
  });

  it('keeps a clear score winner', () => {
    expect(findClauses('成为创新型领军企业，奖励多少？', 1, false, true)[0]?.clauseId).toBe('item-6');
  });
});

describe('a money word with no subject', () => {
  const { cues } = understand('有补贴吗', { asOf: '2021-06-30', topic: null, pending: [] });
  const base: RouteInput = { broad: cues.broad !== null, short: cues.short, named: [], topic: null, hasFacts: false, anyFacts: false, anaphoric: true, money: true, subjectless: true };

  it('routes to the catalogue when there is no topic', () => {
    expect(chooseBenefits(base)).toEqual({ kind: 'catalogue' });
    expect(chooseBenefits({ ...base, subjectless: false })).toEqual({ kind: 'none' });
  });

  it('leans on a topic with benefits instead', () => {
    const topic = { clauses: ['item-17'], benefits: ['phd-first-home'], specific: true };
    expect(chooseBenefits({ ...base, topic })).toMatchObject({ kind: 'entitlement', benefits: ['phd-first-home'] });
  });

  it('lists no amount', () => {
    for (const q of ['有补贴吗', '有奖励吗', '能拿多少钱']) {
      const a = ask(q);
      expect(a.amounts, q).toEqual([]);
      expect(a.answer, q).toContain('本政策规定的补贴和奖励有');
    }
  });
});

describe('checkCase noAmounts', () => {
  const answer = ask('购房补贴多少');
  it('fails, as a wrong grant, when any amount is listed', () => {
    expect(checkCase({ id: 'x', turns: ['q'], noAmounts: true }, answer)).toMatchObject({ ok: false, wrongGrant: true });
    expect(checkCase({ id: 'x', turns: ['q'], noAmounts: true }, { ...answer, amounts: [] }).ok).toBe(true);
  });
});

describe('a service asked about as money', () => {
  it('says the clause lists it as a service and sets no amount', () => {
    for (const q of ['子女入学有补贴吗', '人才公寓能补多少钱']) {
      const a = ask(q);
      expect(a.amounts, q).toEqual([]);
      expect(a.answer, q).toMatch(/^第17条把“(?:子女入学|人才公寓)”列为它提供的服务之一，没有规定它的补贴或奖励金额。/);
    }
    expect(ask('子女入学怎么办').answer).not.toContain('没有规定它的补贴');
  });
});
