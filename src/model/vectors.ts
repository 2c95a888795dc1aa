/** Features as a sparse vector over a fixed vocabulary: what the models train and predict on. */
import type { Features } from './features.js';

export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

/** Features the vocabulary does not know are dropped: a model can say nothing about them. */
export function vectorize(f: Features, vocabulary: ReadonlyMap<string, number>): SparseVector {
  const index: number[] = [];
  const value: number[] = [];
  for (const [name, v] of f) {
    const i = vocabulary.get(name);
    if (i !== undefined && v !== 0) index.push(i), value.push(v);
  }
  return { index: Int32Array.from(index), value: Float32Array.from(value) };
}

/** Every feature seen in training, sorted, so the same examples give the same indices. */
export function buildVocabulary(all: readonly Features[], minCount = 1): string[] {
  const counts = new Map<string, number>();
  for (const f of all) for (const name of f.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= minCount).map(([name]) => name).sort();
}

/** Probabilities from scores, in place. */
export function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let k = 0; k < scores.length; k++) sum += scores[k] = Math.exp(scores[k]! - max);
  for (let k = 0; k < scores.length; k++) scores[k]! /= sum;
  return scores;
}
