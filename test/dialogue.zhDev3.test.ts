/**
 * End to end, Chinese development set 3 (test/cases/zh-dev-3.jsonl: everyday words across every
 * clause, tricky out of scope, rule-outs, register, staff, compute, multiturn; written from the
 * policy text by a helper who saw no code). Its held-out third, zh-holdout-3.jsonl, is only scored by
 * npm run eval.
 * - every case passes unless test/cases/zh-dev-3-known-failures.json lists it with its reason; a
 *   listed case that starts passing fails here until it is taken off the list, so the list only shrinks;
 * - clause top-1 over the cases that cite a clause stays at 95% or more (issue 11's final-set line);
 * - wrong amounts: none outside the list (each listed one is marked there as one that must not stay);
 * - out of scope: at least 95% caught, and no in-scope question refused as out of scope (issue 11's
 *   final-set lines).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { parseCases, runCase, type ConversationCase } from './cases/checkCase.js';

const file = new URL('./cases/zh-dev-3.jsonl', import.meta.url);
const cases: ConversationCase[] = parseCases(readFileSync(file, 'utf8'), file.pathname);
const KNOWN = new Map(
  (JSON.parse(readFileSync(new URL('./cases/zh-dev-3-known-failures.json', import.meta.url), 'utf8')) as { cases: { id: string; why: string }[] }).cases.map((k) => [k.id, k.why]),
);

describe('Chinese development set 3', () => {
  beforeAll(() => {
    createResponder()('warm', '你好', { asOf: '2021-06-30' });
  });

  it('lists only cases of the set as known failures', () => {
    const ids = new Set(cases.map((c) => c.id));
    expect([...KNOWN.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (id, c) => {
    const r = runCase(c, createResponder());
    const said = `${c.turns.join(' / ')} → ${r.answer.answer.replace(/\n/g, ' ').slice(0, 200)}`;
    const why = KNOWN.get(id);
    if (why === undefined) {
      expect(r.wrongGrant, `wrong amount: ${said}`).toBe(false);
      expect(r.problems, said).toEqual([]);
    } else {
      expect(r.ok, `${id} now passes: take it off test/cases/zh-dev-3-known-failures.json (${why})`).toBe(false);
    }
  });

  it('routes at least 95% of the clause questions to the right clause first', () => {
    const cited = cases.filter((c) => c.cite?.length);
    const missed = cited.filter((c) => !c.cite!.includes(runCase(c, createResponder()).answer.citations[0] ?? '')).map((c) => `${c.id} ${c.turns.join(' / ')}`);
    expect(1 - missed.length / cited.length, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('catches at least 95% of the out-of-scope questions', () => {
    const oos = cases.filter((c) => c.oos === true);
    const missed = oos.filter((c) => !runCase(c, createResponder()).answer.outOfScope).map((c) => `${c.id} ${c.turns.join(' / ')}`);
    expect(1 - missed.length / oos.length, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('refuses no in-scope question as out of scope', () => {
    const refused = cases.filter((c) => c.oos !== true && runCase(c, createResponder()).answer.outOfScope).map((c) => `${c.id} ${c.turns.join(' / ')}`);
    expect(refused).toEqual([]);
  });
});
