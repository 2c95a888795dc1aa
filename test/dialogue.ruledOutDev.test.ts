/**
 * End to end: messages whose stated facts rule a benefit out, in the many ways people say they fail
 * a condition (test/cases/ruled-out-dev.jsonl: not a doctorate, 在职, 本地人, 户口还挂在外地, 在外地上班,
 * a home bought elsewhere, 二套, 打工/受聘, a second business here, 兼职/挂靠/柔性, a short contract,
 * not newly introduced, a recognition outside 2019—2021, a level said only as the benefit's name,
 * a loan from no bank or refused, no 产学研 partner, still in the lab, past the start-up stage…).
 * No amount of the ruled-out benefit is listed, firm or conditional, and the text says why (or, where
 * the text is silent, says so). These are the development examples; the held-out set
 * (test/cases/ruled-out-holdout.jsonl) is only scored, by bench/holdout.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { readCases, runCase } from './cases/checkCase.js';

const cases = readCases('ruled-out-dev.jsonl');

describe('facts that rule a benefit out, as people say them', () => {
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
