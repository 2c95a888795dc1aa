/**
 * The trained model's ranking of answer targets (issue 11). Until a model is trained on the
 * question bank this adds an empty ranking, so intents can read `ranking` whether or not one ran.
 */
import type { Component } from '../types.js';

export const ranking: Component = {
  name: 'ranking',
  process(m) {
    m.ranking = { candidates: [], band: null };
  },
};
