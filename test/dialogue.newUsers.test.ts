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
