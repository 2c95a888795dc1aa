/**
 * The trained model as stored in knowledge/model/softmax.json: its classes, its vocabulary and its
 * non-negligible weights, rounded, so the file stays small and the same model writes the same bytes.
 */
import { SoftmaxModel, type SoftmaxOptions } from './softmax.js';

/** Weights smaller than this are left out of the stored model: they never change a ranking. */
const PRUNE = 0.002;

export interface StoredModel {
  about: string;
  /** Which bank and features it was trained from (bankFingerprint). */
  fingerprint: string;
  options: SoftmaxOptions;
  classes: string[];
  features: string[];
  bias: number[];
  /** For each feature, its non-negligible weights as [class, weight, class, weight…]. */
  weights: Record<string, number[]>;
}

interface Dataset { classes: string[]; features: string[] }

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function store(model: SoftmaxModel, data: Pick<Dataset, 'classes' | 'features'>, fingerprint: string, options: SoftmaxOptions): StoredModel {
  const K = data.classes.length;
  const weights: Record<string, number[]> = {};
  data.features.forEach((name, f) => {
    const row: number[] = [];
    for (let k = 0; k < K; k++) {
      const w = model.weights[f * K + k]!;
      if (Math.abs(w) >= PRUNE) row.push(k, round(w));
    }
    if (row.length) weights[name] = row;
  });
  return {
    about: 'The ranker of issue 11: softmax regression over the question bank\'s train split (src/model/). Written by `npm run train`; do not edit.',
    fingerprint, options, classes: data.classes, features: Object.keys(weights),
    bias: [...model.bias].map(round), weights,
  };
}

/** A stored model back as a SoftmaxModel with its vocabulary. */
export function restore(stored: StoredModel): { model: SoftmaxModel; vocabulary: Map<string, number>; classes: string[] } {
  const K = stored.classes.length;
  const vocabulary = new Map(stored.features.map((f, i) => [f, i]));
  const weights = new Float32Array(stored.features.length * K);
  stored.features.forEach((name, f) => {
    const row = stored.weights[name]!;
    for (let j = 0; j < row.length; j += 2) weights[f * K + row[j]!] = row[j + 1]!;
  });
  return { model: new SoftmaxModel(stored.features.length, K, weights, Float32Array.from(stored.bias)), vocabulary, classes: stored.classes };
}
