/**
 * The trained model's ranking of answer targets (issue 11, src/model): the bank's targets, best
 * first, with probabilities, and the confidence band the dev split set. Worked out on first read,
 * like the clause analysis: a turn a certain rule settles ("第十七条", "你好") never runs the model
 * nor loads nodejieba for it. Without a trained model the ranking is empty, with band null.
 */
import { NO_RANKING, ranker } from '../../model/index.js';
import { lazily } from '../lazily.js';
import type { Component, Draft, Ranking } from '../types.js';

export const ranking: Component = {
  name: 'ranking',
  process(m) {
    lazily(m, 'ranking', () => rankingOf(m));
  },
};

function rankingOf(m: Draft): Ranking {
  return ranker()?.rank(m as Required<typeof m>) ?? NO_RANKING;
}
