/**
 * Our conversation sets, written from the policy text: test/cases/conversations.jsonl and the
 * blind batches test/cases/conversations-blind.jsonl, conversations-blind-2.jsonl and
 * conversations-blind-3.jsonl (written before
 * the bot answered any of them).
 * In each set at least 95% must pass, and no case may grant a benefit the asker's facts rule out.
 * Every case must pass unless test/cases/known-failures.json lists it, with its reason; a listed
 * case that starts passing fails too, until it is taken off the list, so the count means what it says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { createResponder } from '../src/bot.js';
import { parseCases, runCase, type CaseResult, type ConversationCase } from './cases/checkCase.js';

interface KnownFailure { set: string; id: string; why: string }
const KNOWN: KnownFailure[] = (JSON.parse(readFileSync(new URL('./cases/known-failures.json', import.meta.url), 'utf8')) as { cases: KnownFailure[] }).cases;

const SETS: { file: string; minCases: number }[] = [
  { file: 'conversations.jsonl', minCases: 200 },
  { file: 'conversations-blind.jsonl', minCases: 60 },
  { file: 'conversations-blind-2.jsonl', minCases: 50 },
  { file: 'conversations-blind-3.jsonl', minCases: 60 },
];

function run(c: ConversationCase): CaseResult {
  return runCase(c, createResponder());
}

for (const { file, minCases } of SETS) {
  const cases = parseCases(readFileSync(new URL(`./cases/${file}`, import.meta.url), 'utf8'), `test/cases/${file}`);
  const results = new Map(cases.map((c) => [c.id, run(c)]));

  describe(`conversation set ${file}`, () => {
    it(`has at least ${minCases} cases with distinct ids`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(minCases);
      expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    });

    it('passes at least 95% of cases', () => {
      const failed = [...results].filter(([, r]) => !r.ok).map(([id, r]) => `${id}: ${r.problems.join('; ')}`);
      const rate = 1 - failed.length / cases.length;
      expect(rate, failed.join('\n')).toBeGreaterThanOrEqual(0.95);
    });

    it('never lists an amount the asker\'s facts rule out, or one the policy sets for nothing asked', () => {
      const wrong = [...results].filter(([, r]) => r.wrongGrant).map(([id, r]) => `${id}: ${r.problems.join('; ')}`);
      expect(wrong).toEqual([]);
    });

    const known = new Map(KNOWN.filter((k) => k.set === file).map((k) => [k.id, k.why]));

    it('lists as known failures only cases of this set', () => {
      expect([...known.keys()].filter((id) => !results.has(id))).toEqual([]);
    });

    // Each case on its own line of the report, so a regression names its question.
    test.each(cases.map((c) => [c.id, c] as const))('%s', (id, c) => {
      const r = results.get(id)!;
      const why = known.get(id);
      if (why === undefined) {
        expect(r.problems, `${c.turns.join(' / ')}`).toEqual([]);
      } else {
        expect(r.ok, `${id} now passes: take it off test/cases/known-failures.json (${why})`).toBe(false);
      }
    });
  });
}
