/**
 * Many users on one responder: the cases of test/cases/conversations-blind-2.jsonl and
 * conversations-blind-3.jsonl played with their
 * turns interleaved (one turn of each case in turn, each case its own user) must get exactly the
 * answers they get alone. A fact leaking between users changes an answer and fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { DEFAULT_CASE_AS_OF, parseCases, runCase } from './cases/checkCase.js';
import type { Answer } from '../src/answer/types.js';

const files = ['conversations-blind-2.jsonl', 'conversations-blind-3.jsonl'];
const cases = files.flatMap((file) => parseCases(readFileSync(new URL(`./cases/${file}`, import.meta.url), 'utf8'), `test/cases/${file}`));

describe('interleaved conversations share nothing', () => {
  it('answers every case the same interleaved as alone', () => {
    const shared = createResponder();
    const last = new Map<string, Answer>();
    const longest = Math.max(...cases.map((c) => c.turns.length));
    for (let i = 0; i < longest; i++) {
      for (const c of cases) {
        const t = c.turns[i];
        if (t !== undefined) last.set(c.id, shared(`mixed-${c.id}`, t, { asOf: c.asOf ?? DEFAULT_CASE_AS_OF }));
      }
    }
    const differ = cases.filter((c) => {
      const alone = runCase(c, createResponder()).answer;
      const mixed = last.get(c.id)!;
      return JSON.stringify({ ...alone, user: '' }) !== JSON.stringify({ ...mixed, user: '' });
    }).map((c) => c.id);
    expect(differ).toEqual([]);
  });
});
