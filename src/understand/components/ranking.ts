/**
 * The trained model's ranking of answer targets (issue 11, src/model): the bank's targets, best
 * first, with probabilities, and the confidence band the dev split set. Worked out on first read,
 * like the clause analysis: a turn a certain rule settles ("第十七条", "你好") never runs the model
 * nor loads nodejieba for it. Without a trained model the ranking is empty, with band null.
 */
import { NO_RANKING, ranker } from '../../model/index.js';
import type { Component, Ranking } from '../types.js';
import { noteRanking } from '../rankingRead.js';

export const ranking: Component = {
  name: 'ranking',
  process(m) {
    let found: Ranking | undefined;
    const get = (): Ranking => {
      if (!found) {
        found = ranker()?.rank(m as Required<typeof m>) ?? NO_RANKING;
        noteRanking(lazy, found);
      }
      return found;
    };
    const lazy: Ranking = m.ranking = Object.defineProperties({} as Ranking, {
      candidates: { get: () => get().candidates, enumerable: true },
      band: { get: () => get().band, enumerable: true },
    });
  },
};
