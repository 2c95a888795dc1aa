/**
 * End to end: a parent or spouse asking about the doctoral benefits of item 17
 * (test/cases/relatives-dev.jsonl). Asked for the asker themself ("我当妈的能拿吗", "我老婆是博士，我不是"),
 * the benefit is the graduate's: no amount of it is listed, firm or conditional. Asked on the
 * graduate's behalf ("我儿子全日制博士 回盘锦创业 能补多少"), the amount stays. Development examples,
 * written from the policy text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { readCases, runCase } from './cases/checkCase.js';

const cases = readCases('relatives-dev.jsonl');

describe('a relative asking for the graduate\'s benefit: for themself, or on the graduate\'s behalf', () => {
  // The first answer loads the segmenter and the model (seconds under load): not any one case's time.
  beforeAll(() => {
    createResponder()('warm', '你好', { asOf: '2021-06-30' });
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = runCase(c, createResponder());
    const listed = r.answer.amounts.filter((a) => (c.notAmounts ?? []).includes(a.yuan));
    expect(listed, `${c.turns.join(' / ')} → ${r.answer.answer}`).toEqual([]);
    expect(r.problems, `${c.turns.join(' / ')} → ${r.answer.answer}`).toEqual([]);
  });
});
