/**
 * Our conversation set (test/cases/conversations.jsonl), written from the policy text: at least
 * 95% must pass, and no case may grant a benefit the asker's facts rule out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { createResponder } from '../src/bot.js';
import { parseCases, runCase, type CaseResult, type ConversationCase } from './cases/checkCase.js';

const FILE = new URL('./cases/conversations.jsonl', import.meta.url);
const cases = parseCases(readFileSync(FILE, 'utf8'), 'test/cases/conversations.jsonl');
function run(c: ConversationCase): CaseResult {
  return runCase(c, createResponder());
}

const results = new Map(cases.map((c) => [c.id, run(c)]));

describe('conversation set', () => {
  it('has at least 200 cases in every category it names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('passes at least 95% of cases', () => {
    const failed = [...results].filter(([, r]) => !r.ok).map(([id, r]) => `${id}: ${r.problems.join('; ')}`);
    const rate = 1 - failed.length / cases.length;
    expect(rate, failed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('never grants a benefit the asker\'s facts rule out', () => {
    const wrong = [...results].filter(([, r]) => r.wrongGrant).map(([id, r]) => `${id}: ${r.problems.join('; ')}`);
    expect(wrong).toEqual([]);
  });
});

// Each case on its own line of the report, so a regression names its question. A failing case is
// reported but tolerated here; the 95% bar above is the gate.
test.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  const r = results.get(c.id)!;
  if (!r.ok) console.info(`[case ${c.id}] ${c.turns.join(' / ')} → ${r.problems.join('; ')}`);
  expect(r).toBeDefined();
});
