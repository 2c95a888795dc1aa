/**
 * The parse is computed once per turn: every case turn of the conversation sets is played through a
 * responder while the analyses are counted at their source (vi.mock wraps the real functions):
 *   - normalizeText: the message is normalised once;
 *   - analyzeQuery: the clause index analyses each text of a turn at most once (the message, and
 *     for a money question its subject), where turn() used to analyse the same text three or four times;
 *   - extractFacts: the fact readers read the message once in each frame it is read against, where
 *     they used to run up to three times on the same frame.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createResponder } from '../src/bot.js';
import { DEFAULT_CASE_AS_OF, parseCases } from './cases/checkCase.js';

const calls = vi.hoisted(() => ({ normalize: [] as string[], analyze: [] as string[], facts: [] as string[] }));

vi.mock('../src/dialogue/normalize.js', async (original) => {
  const real = await original<typeof import('../src/dialogue/normalize.js')>();
  return { ...real, normalizeText: (text: string) => (calls.normalize.push(text), real.normalizeText(text)) };
});
vi.mock('../src/search/query.js', async (original) => {
  const real = await original<typeof import('../src/search/query.js')>();
  return { ...real, analyzeQuery: (clean: string, ctx: Parameters<typeof real.analyzeQuery>[1]) => (calls.analyze.push(clean), real.analyzeQuery(clean, ctx)) };
});
vi.mock('../src/dialogue/facts/extract.js', async (original) => {
  const real = await original<typeof import('../src/dialogue/facts/extract.js')>();
  return {
    ...real,
    extractFacts: (said: string, asOf: string, frame: readonly string[] = []) =>
      (calls.facts.push(`${[...frame].sort().join(' ')}|${said}`), real.extractFacts(said, asOf, frame)),
  };
});

const FILES = ['conversations.jsonl', 'conversations-blind.jsonl', 'conversations-blind-2.jsonl', 'conversations-blind-3.jsonl'];
const cases = FILES.flatMap((file) => parseCases(readFileSync(new URL(`./cases/${file}`, import.meta.url), 'utf8'), file));

const repeated = (list: string[]) => list.filter((x, i) => list.indexOf(x) !== i);

describe('understanding once per turn', () => {
  beforeEach(() => {
    calls.normalize.length = calls.analyze.length = calls.facts.length = 0;
  });

  it('normalises, analyses and reads facts of each text once, on every case turn', () => {
    const problems: string[] = [];
    let turns = 0;
    let analyses = 0;
    for (const c of cases) {
      const respond = createResponder();
      for (const text of c.turns) {
        calls.normalize.length = calls.analyze.length = calls.facts.length = 0;
        respond(c.id, text, { asOf: c.asOf ?? DEFAULT_CASE_AS_OF });
        turns++;
        analyses += calls.analyze.length;
        if (calls.normalize.length !== 1) problems.push(`${c.id} "${text}": normalised ${calls.normalize.length} times`);
        if (repeated(calls.analyze).length) problems.push(`${c.id} "${text}": analysed again ${repeated(calls.analyze).join(', ')}`);
        if (repeated(calls.facts).length) problems.push(`${c.id} "${text}": facts read again in frame ${repeated(calls.facts).join(', ')}`);
      }
    }
    expect(turns).toBeGreaterThan(500);
    // The test would pass vacuously if nothing were analysed.
    expect(analyses).toBeGreaterThan(100);
    expect(problems).toEqual([]);
    // Some 700 turns, most of which now also run the model (an out-of-scope family it is sure of may
    // overrule the money words): seconds on a loaded machine. What it counts is calls, not time.
  }, 120_000);

  it('analyses a money question naming no benefit twice: the message, then its subject', () => {
    // turn() used to analyse the message three times here (unknown subsidy, subject, search) and the subject once.
    createResponder()('u', '院士专家工作站建站补贴多少', { asOf: DEFAULT_CASE_AS_OF });
    expect(calls.analyze).toEqual(['院士专家工作站建站补贴多少', '院士专家工作站建站 多少']);
  });

  it('reads the facts of an ellipsis on the topic once', () => {
    const respond = createResponder();
    respond('u', '孵化器奖励多少', { asOf: DEFAULT_CASE_AS_OF });
    calls.facts.length = 0;
    respond('u', '国家级的呢', { asOf: DEFAULT_CASE_AS_OF });
    expect(calls.facts).toHaveLength(1);
  });

  it('answers a clause named by number without the clause index', () => {
    createResponder()('u', '第十七条', { asOf: DEFAULT_CASE_AS_OF });
    expect(calls.analyze).toEqual([]);
    expect(calls.facts.length).toBeLessThanOrEqual(1);
  });
});
