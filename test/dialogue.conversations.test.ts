/**
 * Our conversation sets, written from the policy text: test/cases/conversations.jsonl and the
 * blind batches test/cases/conversations-blind.jsonl, conversations-blind-2.jsonl and
 * conversations-blind-3.jsonl (written before
 * the bot answered any of them).
 * In each set at least 95% must pass, and no case may grant a benefit the asker's facts rule out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { createResponder } from '../src/bot.js';
import { parseCases, runCase, type CaseResult, type ConversationCase } from './cases/checkCase.js';

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

    // Each case on its own line of the report, so a regression names its question. A failing case
    // is reported but tolerated here; the 95% bar above is the gate.
    test.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
      const r = results.get(c.id)!;
      if (!r.ok) console.info(`[case ${c.id}] ${c.turns.join(' / ')} → ${r.problems.join('; ')}`);
      expect(r).toBeDefined();
    });
  });
}
