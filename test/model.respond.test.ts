/**
 * The model through respond() on the bank's dev split (held out of training): questions the rules
 * alone route wrong, mostly told in situation words rather than the policy's, are routed right
 * by the model at a floor computed from the data, and the model never refuses an in-scope question
 * unless an out-of-scope family wins.
 */
import { describe, expect, it } from 'vitest';

// Training and the dev split through respond() take seconds, more on a loaded machine.
const SLOW = 180_000;
import { bank } from '../src/bank/index.js';
import { LISTENERS } from '../src/dialogue/listeners/index.js';
import { turn } from '../src/dialogue/turn.js';
import type { Session } from '../src/dialogue/session.js';
import type { Answer } from '../src/answer/types.js';
import { answersTarget, clauseOfTarget } from '../src/model/answers.js';
import { ranker } from '../src/model/index.js';
import { understand } from '../src/understand/index.js';

const AS_OF = '2021-06-30';
const RULES_ONLY = LISTENERS.filter((l) => l.name !== 'learned');
const fresh = (): Session => ({ facts: {}, topic: null, pending: [], offer: [], lastSeen: 0 });
const memo = new Map<string, Answer>();
/** Each dev question answered once with the model and once by the rules alone, however many tests ask. */
function answer(text: string, listeners = LISTENERS): Answer {
  const key = `${listeners === LISTENERS ? 'model' : 'rules'}\u0000${text}`;
  let found = memo.get(key);
  if (!found) memo.set(key, (found = turn('dev', text, fresh(), AS_OF, { listeners }).answer));
  return found;
}
const bandOf = (text: string) => ranker()!.rank(understand(text, { asOf: AS_OF, topic: null, pending: [] })).band;
const firstTarget = (text: string) => ranker()!.rank(understand(text, { asOf: AS_OF, topic: null, pending: [] })).candidates[0]?.target;

const dev = bank().examples.filter((e) => e.split === 'dev');
const clauseDev = dev.filter((e) => clauseOfTarget(e.target) !== null);

/** Until the dev split is large enough to set bands on, the model answers nothing alone (thresholds.ts). */
const trusted = () => ranker()!.thresholds.high < 1;

describe('the model through respond(), on the dev split', () => {
  it('routes right the clause and benefit questions the rules alone miss, at least half as often as the model ranks them first', () => {
    const missed = clauseDev.filter((e) => !answersTarget(e.target, answer(e.text, RULES_ONLY)));
    const routed = missed.filter((e) => answersTarget(e.target, answer(e.text)));
    if (!trusted()) return void expect(routed).toEqual([]);
    // The floor comes from the data: half the share of these the model itself ranks first.
    // Those in the low band are asked about (the clarify listener), not answered: only the answering bands count.
    const rankedFirst = missed.filter((e) => clauseOfTarget(firstTarget(e.text) ?? '') === clauseOfTarget(e.target) && bandOf(e.text) !== 'low');
    expect(missed.length, 'the dev split has questions the rules miss').toBeGreaterThan(0);
    expect(routed.length).toBeGreaterThanOrEqual(0.5 * rankedFirst.length);
    expect(routed.length).toBeGreaterThan(0);
  }, SLOW);

  it('routes more of the dev split right than the rules alone (as many, while the model is not trusted)', () => {
    const right = (listeners: typeof LISTENERS) => dev.filter((e) => answersTarget(e.target, answer(e.text, listeners))).length;
    if (trusted()) expect(right(LISTENERS)).toBeGreaterThan(right(RULES_ONLY));
    else expect(right(LISTENERS)).toBe(right(RULES_ONLY));
  }, SLOW);

  it('refuses an in-scope question only where the rules do, or where an out-of-scope family ranks first', () => {
    for (const e of dev.filter((x) => !x.target.startsWith('oos:'))) {
      if (!answer(e.text).outOfScope || answer(e.text, RULES_ONLY).outOfScope) continue;
      expect(firstTarget(e.text), e.text).toMatch(/^oos:/);
    }
  }, SLOW);
});
