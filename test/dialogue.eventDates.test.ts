/**
 * The dates of the events that date a claim (issue 10, §6), read from what people say, and years
 * that belong to the policy itself, which are never the asker's.
 */
import { describe, expect, test } from 'vitest';
import { extractFacts } from '../src/dialogue/facts/extract.js';

const AS_OF = '2026-11-30';

describe('extractFacts: event dates', () => {
  test.each([
    ['2023年买的房', { homePurchaseDate: '2023' }],
    ['我2020年在盘锦买了首套房', { homePurchaseDate: '2020' }],
    ['房子是去年买的', { homePurchaseDate: '2025' }],
    ['2020年3月贷的款，300万', { loanDate: '2020-03' }],
    ['我是2018年引进到盘锦的', { introductionDate: '2018' }],
    ['前年入选的兴辽英才', { programmeDate: '2024' }],
    ['项目2021年立项', { projectDate: '2021' }],
    ['2019年8月入驻园区', { parkEntryDate: '2019-08' }],
  ])('%s', (text, want) => {
    expect(extractFacts(text, AS_OF)).toMatchObject(want);
  });

  test.each([
    ['政策2021年底就结束了，买房补贴还有吗'],
    ['这个政策是2019—2021年的，引进人才有什么支持'],
    ['到2021年要引进培养多少高层次人才和创新团队'],
    ['买房补贴多少'],
  ])('takes no event date from "%s"', (text) => {
    const facts = extractFacts(text, AS_OF);
    for (const fact of ['homePurchaseDate', 'loanDate', 'introductionDate', 'programmeDate', 'transferDate', 'projectDate', 'parkEntryDate', 'recognitionDate', 'businessStartDate']) {
      expect(facts, fact).not.toHaveProperty(fact);
    }
  });

  test('a year of the policy does not become the recognition year', () => {
    expect(extractFacts('政策2021年底就结束了，我们评上高企了', AS_OF)).not.toHaveProperty('recognitionDate');
  });

  test('第一次在盘锦创业 dates the start inside the period only', () => {
    expect(extractFacts('全日制博士，第一次在盘锦创业', '2021-06-30')).toMatchObject({ businessStartDate: '2021-06-30' });
    expect(extractFacts('全日制博士，第一次在盘锦创业', AS_OF)).not.toHaveProperty('businessStartDate');
  });
});
