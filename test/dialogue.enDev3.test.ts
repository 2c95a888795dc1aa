/**
 * End to end, the English development set 3 (test/cases/en-dev-3.jsonl, written from the policy text
 * by a helper who saw no code, and en-dev-3b.jsonl, the en helper's own phrasings of the same kinds;
 * en-dev-3's held-out third, en-holdout-3.jsonl, is only scored by npm run eval):
 * English rule-outs (a master's asking about a PhD-only benefit, a company in Dalian, part-time,
 * already received, a spouse), follow-ups ("yes", "2020", "no, Dalian") and lookups.
 * - No case may list an amount the facts or the question rule out: that is never a known failure.
 * - Every other case passes, or is named in KNOWN_FAILURES; a known failure that now passes fails
 *   the test too, so the list only shrinks and always says what is left.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { parseCases, runCase, type ConversationCase } from './cases/checkCase.js';

function read(name: string): ConversationCase[] {
  const file = new URL(`./cases/${name}`, import.meta.url);
  return parseCases(readFileSync(file, 'utf8'), file.pathname);
}
// en-dev-3b: the en helper's own phrasings of the same rule-outs and follow-ups, from the policy text.
const cases = [...read('en-dev-3.jsonl'), ...read('en-dev-3b.jsonl')];

/** Cases that still fail, each with why. */
const KNOWN_FAILURES: Record<string, string> = {
  'e3-amount-23': 'sec-3.2 cited, but its 2,000万元 a year of budget is no entitlement, so no amount is listed',
  'e3-multiturn-29': 'graduated 2024, judged on 2021-06-30: a graduation after the day judged on is not read',
  'e3-multiturn-30': "the wife's own PhD start-up, asked by her husband: her facts are not read as the asker's",
  'e3b-m-mt-05': '"full time" then "2020" after a first turn that already said the PhD and the first company: the turn is not read as answering',
};

describe('English development set 3', () => {
  beforeAll(() => {
    createResponder()('warm', 'hello', { asOf: '2021-06-30' });
  });

  it('names only cases of the set as known failures', () => {
    const ids = new Set(cases.map((c) => c.id));
    expect(Object.keys(KNOWN_FAILURES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (id, c) => {
    const r = runCase(c, createResponder());
    const said = `${c.turns.join(' / ')} → ${r.answer.answer}`;
    expect(r.wrongGrant, said).toBe(false);
    if (KNOWN_FAILURES[id]) expect(r.ok, `${id} now passes: take it off KNOWN_FAILURES`).toBe(false);
    else expect(r.problems, said).toEqual([]);
  });
});
