/**
 * Training the ranker from the question bank: the train split only (dev is held out for the
 * thresholds and the tests), features read as the live pipeline reads messages, softmax regression
 * with fixed options. The same bank gives the same model, byte for byte (test/model.test.ts).
 */
import { createHash } from 'node:crypto';
import type { BankExample } from '../bank/index.js';
import type { Features } from './features.js';
import { featuresOfText } from './parse.js';
import { SOFTMAX_DEFAULTS, SoftmaxModel, type SoftmaxOptions } from './softmax.js';
import { buildVocabulary, vectorize, type SparseVector } from './vectors.js';
import { store, type StoredModel } from './stored.js';
import { WEIGHTS_FILE } from './files.js';

/**
 * Bumped when what the model reads changes (features.ts), so a model trained on the old features
 * counts as stale too.
 */
export const FEATURES_VERSION = 1;

/**
 * What the model depends on: every example's target and text, in order, and the features' version.
 * Cheap, so the bot can tell a bank changed since training; featuresFingerprint is the exact test.
 */
export function bankFingerprint(examples: readonly Pick<BankExample, 'target' | 'text'>[]): string {
  const hash = createHash('sha256').update(`features ${FEATURES_VERSION}\n`);
  for (const e of examples) hash.update(`${e.target}\t${e.text}\n`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * What the model was trained and its bands set on: every example's split, target and features (names
 * and values, in the order they were read, which is the order training adds them up in). Any change
 * to what the model reads of the bank — the lexicon, jieba's dictionaries, the clause search, the
 * cues, the feature code — changes it, whatever the version number says; an edit that leaves every
 * example's features as they were does not, and retraining after it would write the same bytes.
 */
export function featuresFingerprint(examples: readonly Pick<BankExample, 'target' | 'split'>[], features: readonly Features[]): string {
  const hash = createHash('sha256');
  examples.forEach((e, i) => {
    hash.update(`${e.split}\t${e.target}`);
    for (const [name, value] of features[i]!) hash.update(`\t${name}=${value}`);
    hash.update('\n');
  });
  return hash.digest('hex').slice(0, 16);
}

/** Every example's features, read as the live pipeline reads a message. */
export function featuresOfBank(examples: readonly Pick<BankExample, 'text'>[]): Features[] {
  return examples.map((e) => featuresOfText(e.text));
}

export interface Dataset {
  classes: string[];
  features: string[];
  xs: SparseVector[];
  ys: number[];
}

/** The train examples as vectors over their own vocabulary and classes (both sorted). */
export function dataset(train: readonly Pick<BankExample, 'target' | 'text'>[], fs: readonly Features[] = featuresOfBank(train)): Dataset {
  const features = buildVocabulary(fs);
  const vocabulary = new Map(features.map((f, i) => [f, i]));
  const classes = [...new Set(train.map((e) => e.target))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  return { classes, features, xs: fs.map((f) => vectorize(f, vocabulary)), ys: train.map((e) => classIndex.get(e.target)!) };
}

/** Trains on the train split; `fs` (every example's features, in order) when the caller has them already. */
export function trainStored(examples: readonly BankExample[], options: SoftmaxOptions = SOFTMAX_DEFAULTS, fs: readonly Features[] = featuresOfBank(examples)): StoredModel {
  const train = examples.map((e, i) => ({ e, f: fs[i]! })).filter(({ e }) => e.split === 'train');
  const data = dataset(train.map(({ e }) => e), train.map(({ f }) => f));
  const model = SoftmaxModel.train(data.xs, data.ys, data.features.length, data.classes.length, options);
  return store(model, data, { bank: bankFingerprint(examples), features: featuresFingerprint(examples, fs) }, options, WEIGHTS_FILE);
}
