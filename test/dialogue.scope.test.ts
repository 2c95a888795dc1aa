/**
 * Issue 11's out-of-scope line, both ways: questions outside the policy that share its words
 * (补贴, 博士, 贷款, 省里, another city) are refused, and plain-word questions it does answer, near
 * those words (引进人才的医保, 税前, 跟大连交流, 老家营口), are not. The table is
 * test/cases/scope-line.jsonl (made up from the policy text; not in the bank, not from a test set).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { offTopicReason, otherPlaceAsked } from '../src/dialogue/scope.js';
import { parseCases, runCase } from './cases/checkCase.js';

const FILE = new URL('./cases/scope-line.jsonl', import.meta.url);
const cases = parseCases(readFileSync(FILE, 'utf8'), FILE.pathname);
// The model and the clause index load once; a loaded machine needs the time.
const SLOW = 120_000;

describe('the out-of-scope line', () => {
  const respond = createResponder();
  it.each(cases.map((c) => [c.id, c.turns.join(' / '), c] as const))('%s %s', (_id, _q, c) => {
    expect(runCase(c, respond).problems).toEqual([]);
  }, SLOW);
});

describe('offTopicReason', () => {
  it('refuses tax by the tax words themselves, not tax said of the policy\'s own money', () => {
    expect(offTopicReason('研发费用加计扣除比例多少')).toBe('topic');
    expect(offTopicReason('增值税专票怎么开')).toBe('topic');
    expect(offTopicReason('国家级工程研究中心100万是税前还是税后')).toBeNull();
    expect(offTopicReason('团队资助50万要交税不')).toBeNull();
  });

  it('leaves item 17\'s talent service to the model when an off-topic word is said of it', () => {
    expect(offTopicReason('医保怎么报销')).toBe('topic');
    expect(offTopicReason('引进人才的医保谁给办')).toBeNull();
  });

  it('reads a retiring professor as a person, and childbirth as outside the policy', () => {
    expect(offTopicReason('退休教授带成果来盘锦有支持吗')).toBeNull();
    expect(offTopicReason('延迟退休怎么算')).toBe('topic');
    expect(offTopicReason('博士生二胎有奖励吗')).toBe('topic');
  });
});

describe('otherPlaceAsked', () => {
  it('asks about another city\'s policy when the city is the subject', () => {
    expect(otherPlaceAsked('沈阳人才政策')).toBe(true);
    expect(otherPlaceAsked('大连人社局的补贴')).toBe(true);
    expect(otherPlaceAsked('苏州工业园区的创业扶持')).toBe(true);
  });

  it('reads the city as a partner of item 10\'s exchanges, or as where the asker is from', () => {
    expect(otherPlaceAsked('跟大连营口这些沿海城市搞技术交流 政策提了吗')).toBe(false);
    expect(otherPlaceAsked('我老家营口的，博士毕业，想在这边创业')).toBe(false);
    expect(otherPlaceAsked('营口户口的博士在这边买房')).toBe(false);
    expect(otherPlaceAsked('哈尔滨工业大学的博士来这边创业')).toBe(false);
  });
});
