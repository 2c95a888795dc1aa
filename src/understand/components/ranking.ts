/**
 * The trained model's ranking of answer targets (issue 11, src/model): the bank's targets, best
 * first, with probabilities, and the confidence band the dev split set. Worked out on first read,
 * like the clause analysis: a turn a certain rule settles ("第十七条", "你好") never runs the model
 * nor loads nodejieba for it. Without a trained model the ranking is empty, with band null.
 */
import { NO_RANKING, ranker } from '../../model/index.js';
import type { Component, Draft, Ranking } from '../types.js';
import { noteRanking } from '../rankingRead.js';

/** What a lazy ranking still has to work out, on the ranking itself (not enumerable). */
const WORK = Symbol('ranking work');

type LazyRanking = Ranking & { [WORK]: { message: Draft; found: Ranking | undefined } };

function worked(r: LazyRanking): Ranking {
  const work = r[WORK];
  if (!work.found) {
    work.found = ranker()?.rank(work.message as Required<Draft>) ?? NO_RANKING;
    noteRanking(r, work.found);
  }
  return work.found;
}

// One pair of getters for every turn's ranking, not closures made per turn: V8 keeps a per-turn
// accessor closure, and the parse it holds, alive until its next full collection (see lazily.ts).
const GETTERS: PropertyDescriptorMap = {
  candidates: { get(this: LazyRanking) { return worked(this).candidates; }, enumerable: true },
  band: { get(this: LazyRanking) { return worked(this).band; }, enumerable: true },
};

export const ranking: Component = {
  name: 'ranking',
  process(m) {
    const lazy = Object.defineProperty({}, WORK, { value: { message: m, found: undefined } });
    m.ranking = Object.defineProperties(lazy, GETTERS) as LazyRanking;
  },
};
