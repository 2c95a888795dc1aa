/**
 * The questions new users hit (issue 11, part 5), through respond(): points the text leaves open,
 * item 13's benchmark rate, document facts, clauses by topic and unit, parts and sections by name,
 * and what a company can apply for. Cases as data: test/cases/new-users.jsonl.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { parseCases, runCase } from './cases/checkCase.js';

const cases = parseCases(readFileSync(new URL('./cases/new-users.jsonl', import.meta.url), 'utf8'), 'test/cases/new-users.jsonl');

describe('respond: the questions new users hit', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = runCase(c, createResponder());
    expect(r.problems, `${c.turns.join(' / ')}\n${r.answer.answer}`).toEqual([]);
  });

  it('never answers an open point as outside the policy', () => {
    const respond = createResponder();
    for (const c of cases.filter((x) => x.category === 'open' || x.category === 'rate')) {
      const a = respond(`oos-${c.id}`, c.turns.at(-1)!, { asOf: '2021-06-30' });
      expect(a.answer).not.toContain('不在本政策');
    }
  });
});

describe('respond: profile matching for companies', () => {
  it('asks one question a turn, in the order of knowledge/company-profile.json', () => {
    const respond = createResponder();
    const asOf = '2021-06-30';
    const asked = [respond('co', '我们公司能申请啥', { asOf }), respond('co', '是', { asOf }), respond('co', '没有', { asOf })];
    expect(asked.map((a) => a.followUp.length)).toEqual([1, 1, 1]);
    expect(asked.map((a) => a.followUp[0])).toEqual([
      expect.stringContaining('高新技术企业'), expect.stringContaining('研发机构'), expect.stringContaining('知识产权质押贷款'),
    ]);
  });

  it('skips the question a fact of the conversation already settles', () => {
    const respond = createResponder();
    const asOf = '2021-06-30';
    respond('co2', '知识产权质押贷款贴息怎么算', { asOf });
    respond('co2', '我们是以知识产权质押方式向银行贷的款', { asOf });
    const turns = [respond('co2', '我们公司还能申请啥', { asOf })];
    expect(turns[0]!.followUp).toHaveLength(1);
    for (let i = 0; i < 5 && turns.at(-1)!.followUp.length; i++) turns.push(respond('co2', '不是', { asOf }));
    const questions = turns.flatMap((a) => a.followUp);
    expect(questions.some((q) => q.includes('知识产权质押贷款'))).toBe(false);
    expect(turns.at(-1)!.answer).toContain('知识产权质押贷款贴息');
  });
});
