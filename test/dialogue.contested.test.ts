/**
 * The safety net under the fact readers (issue 11, §4): a yes read from a clause where a denial or a
 * qualifier stands right beside the condition's words is not taken (src/dialogue/facts/mentions.ts,
 * `contested`); the condition is asked and no amount hangs on it, firm or conditional. And a message
 * that talks of a condition beside a denial the readers cannot settle ("没有高校参与") lists no amount
 * for the benefit it may rule out. Stated positives are never asked again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { questionFor, type FactName, type Profile } from '../src/calculator/index.js';
import { contested, doubted } from '../src/dialogue/facts/mentions.js';

const asOf = '2021-06-30';

describe('contested', () => {
  // A reader stub that says yes to everything: the net alone decides what is contested.
  const yes = (fact: FactName) => () => ({ [fact]: true }) as Partial<Profile>;
  it.each([
    ['项目早过了创业初期', 'startupStage'],
    ['海外人才项目，不再是创业初始阶段了', 'startupStage'],
    ['高校不参与了', 'industryUniversityProject'],
    ['在盘锦就业未满', 'employedInPanjin'],
    ['户口没迁过来落户', 'newlySettled'],
  ] as const)('%s: a yes of %s beside a denial is contested', (text, fact) => {
    expect(contested(text, { [fact]: true }, yes(fact))).toEqual([fact]);
  });

  it.each([
    ['刚落户盘锦没多久', 'newlySettled'],
    ['落户不到一年', 'newlySettled'],
    ['还在创业初期', 'startupStage'],
    ['不好意思，我是全日制的', 'fullTime'],
    ['在盘锦上班，不在沈阳', 'employedInPanjin'],
  ] as const)('%s: a yes of %s with no denial beside it stands', (text, fact) => {
    expect(contested(text, { [fact]: true }, yes(fact))).toEqual([]);
  });

  it('contests only what the readers said yes to, and only when the clause alone says yes', () => {
    expect(contested('项目早过了创业初期', { startupStage: false }, yes('startupStage'))).toEqual([]);
    expect(contested('海外人才项目，项目早过了创业初期', { startupStage: true }, () => ({}))).toEqual([]);
  });
});

describe('doubted', () => {
  it.each([
    ['项目没有高校参与', 'industryUniversityProject'],
    ['银行没批', 'ipPledgeLoan'],
    ['事先没立项', 'approvedBeforehand'],
    ['不算海外项目', 'overseasTalentProject'],
  ] as const)('%s: talks of %s beside a denial', (text, fact) => {
    expect(doubted(text)).toContain(fact);
  });
});

describe('end to end', () => {
  // The first answer loads the segmenter and the model (seconds under load): not any one case's time.
  beforeAll(() => {
    createResponder()('warm', '你好', { asOf: '2021-06-30' });
  });

  it.each([
    ['海外人才项目，不再是创业初始阶段了，启动资金有吗', 1000000, 'startupStage'],
    ['全日制博士，新落户盘锦，在盘锦就业未满，首套房，补多少', 120000, 'employedInPanjin'],
    ['我们是产学研项目但高校不参与了，已经产业化，事先立项了，有经费吗', 500000, 'industryUniversityProject'],
  ] as const)('%s: no amount of %i, and %s asked', (text, yuan, fact) => {
    const answer = createResponder()('u', text, { asOf });
    expect(answer.amounts.map((a) => a.yuan)).not.toContain(yuan);
    expect(answer.followUp).toEqual([questionFor(fact)]);
  });

  it('lists no amount, not even the general one, when the message denies a condition no reader settles', () => {
    const answer = createResponder()('u', '项目是我们自己公司的，高校一直没参与进来，有50万经费支持吗', { asOf });
    expect(answer.amounts).toEqual([]);
  });

  it.each([
    ['全日制博士，刚落户盘锦没多久，在盘锦上班，在盘锦买的首套房，补多少', 120000],
    ['海外人才项目，还在创业初期，启动资金有吗', 1000000],
    ['我不是第一次创业，但是第一次在盘锦创业，全日制博士，去年毕业，补贴多少', 36000],
    ['不好意思问一下，国家级领军人才，首次全职引进，签了5年合同，薪酬补贴多少', 100000],
  ] as const)('%s: stated positives still grant %i, firm, with nothing asked', (text, yuan) => {
    const answer = createResponder()('u', text, { asOf });
    expect(answer.amounts.find((a) => a.yuan === yuan)?.conditional).toBeUndefined();
    expect(answer.amounts.map((a) => a.yuan)).toContain(yuan);
    expect(answer.followUp).toEqual([]);
  });
});
