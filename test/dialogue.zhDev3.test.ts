/**
 * End to end, the Chinese development set 3 (test/cases/zh-dev-3.jsonl: everyday words, tricky out of
 * scope, facts that rule a benefit out; written from the policy text by a helper who saw no code; its
 * held-out third, zh-holdout-3.jsonl, is only scored by npm run eval):
 * - no amount anywhere that the asker's facts rule out or that the question did not ask for;
 * - out of scope: at least 95% caught, and the misses are the known ones below (the model's to
 *   learn from the bank, not one-off rules);
 * - no in-scope question refused as out of scope.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { parseCases, runCase, type ConversationCase } from './cases/checkCase.js';

const file = new URL('./cases/zh-dev-3.jsonl', import.meta.url);
const cases: ConversationCase[] = parseCases(readFileSync(file, 'utf8'), file.pathname);
const oos = cases.filter((c) => c.oos === true);
const inScope = cases.filter((c) => c.oos !== true);

/**
 * Out-of-scope questions still answered (2026-12-01): the model reads them in its low or middle band
 * and no rule may refuse on a low score. 村里直播卖大米 gets the list of benefits (a broad "有啥扶持");
 * a 博士后 station's funding gets item 17 with the postdoc open point (the station is no platform the
 * text funds, but 博士 names item 17's benefits). Neither lists an amount.
 */
const KNOWN_OOS_MISSES = ['d3-oos-05', 'd3-oos-13'];

describe('zh development set 3', () => {
  beforeAll(() => {
    createResponder()('warm', '你好', { asOf: '2021-06-30' });
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s lists no amount the facts or the question rule out', (_id, c) => {
    const r = runCase(c, createResponder());
    expect(r.wrongGrant, `${c.turns.join(' / ')} → ${r.answer.answer}`).toBe(false);
  });

  it('catches at least 95% of the out-of-scope questions, missing only the known ones', () => {
    const missed = oos.filter((c) => !runCase(c, createResponder()).ok).map((c) => c.id);
    expect(missed.filter((id) => !KNOWN_OOS_MISSES.includes(id))).toEqual([]);
    expect(1 - missed.length / oos.length).toBeGreaterThanOrEqual(0.95);
  });

  it('refuses no in-scope question as out of scope', () => {
    const refused = inScope.filter((c) => runCase(c, createResponder()).answer.outOfScope).map((c) => `${c.id} ${c.turns.join(' / ')}`);
    expect(refused).toEqual([]);
  });
});
