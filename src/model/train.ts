/**
 * Training the ranker from the question bank: the train split only (dev is held out for the
 * thresholds and the tests), features read as the live pipeline reads messages, softmax regression
 * with fixed options. The same bank gives the same model, byte for byte (test/model.test.ts).
 */
import { createHash } from 'node:crypto';
import type { BankExample } from '../bank/index.js';
import { featuresOfText } from './parse.js';
import { SOFTMAX_DEFAULTS, SoftmaxModel, type SoftmaxOptions } from './softmax.js';
import { buildVocabulary, vectorize, type SparseVector } from './vectors.js';
import { store, type StoredModel } from './stored.js';

/**
 * Bumped when what the model reads changes (features.ts), so a model trained on the old features
 * counts as stale too.
 */
export const FEATURES_VERSION = 1;

/** What the model depends on: every example's target and text, in order, and the features' version. */
export function bankFingerprint(examples: readonly Pick<BankExample, 'target' | 'text'>[]): string {
  const hash = createHash('sha256').update(`features ${FEATURES_VERSION}\n`);
  for (const e of examples) hash.update(`${e.target}\t${e.text}\n`);
  return hash.digest('hex').slice(0, 16);
}

export interface Dataset {
  classes: string[];
  features: string[];
  xs: SparseVector[];
  ys: number[];
}

/** The train examples as vectors over their own vocabulary and classes (both sorted). */
export function dataset(train: readonly Pick<BankExample, 'target' | 'text'>[]): Dataset {
  const fs = train.map((e) => featuresOfText(e.text));
  const features = buildVocabulary(fs);
  const vocabulary = new Map(features.map((f, i) => [f, i]));
  const classes = [...new Set(train.map((e) => e.target))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  return { classes, features, xs: fs.map((f) => vectorize(f, vocabulary)), ys: train.map((e) => classIndex.get(e.target)!) };
}

export function trainStored(examples: readonly BankExample[], options: SoftmaxOptions = SOFTMAX_DEFAULTS): StoredModel {
  const data = dataset(examples.filter((e) => e.split === 'train'));
  const model = SoftmaxModel.train(data.xs, data.ys, data.features.length, data.classes.length, options);
  return store(model, data, bankFingerprint(examples), options);
}

