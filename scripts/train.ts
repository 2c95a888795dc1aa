/**
 * npm run train: trains the ranker on the question bank's train split, sets the confidence bands on
 * its dev split, and writes knowledge/model/softmax.json (header), softmax.weights (the weights,
 * binary) and thresholds.json. Run it after changing the bank (test/model.test.ts fails while the
 * committed model is stale). Deterministic: the same bank writes the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bank } from '../src/bank/index.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/load.js';
import { judge, predictor } from '../src/model/evaluate.js';
import { MODEL_DIR, MODEL_FILE, THRESHOLDS_FILE } from '../src/model/index.js';
import { chooseThresholds } from '../src/model/thresholds.js';
import { restore } from '../src/model/stored.js';
import { featuresOfBank, trainStored } from '../src/model/train.js';

const started = performance.now();
const { examples } = bank();
// Every example is read once: training uses the train split's features, the bands the dev split's.
const fs = featuresOfBank(examples);
const stored = trainStored(examples, undefined, fs);
const { model, vocabulary, classes } = restore(stored);
const featuresByText = new Map(examples.map((e, i) => [e.text, fs[i]!]));
const dev = examples.filter((e) => e.split === 'dev');
const thresholds = chooseThresholds(judge(dev, predictor(model, vocabulary, classes), (text) => featuresByText.get(text)!));

const dir = join(DEFAULT_KNOWLEDGE_DIR, MODEL_DIR);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, MODEL_FILE), `${JSON.stringify(stored.header)}\n`);
writeFileSync(join(dir, stored.header.weights.file), stored.weights);
writeFileSync(join(dir, THRESHOLDS_FILE), `${JSON.stringify(thresholds, null, 1)}\n`);
const train = examples.length - dev.length;
console.log(`trained on ${train} examples (${stored.header.classes.length} targets, ${stored.header.features.length} features, ${stored.header.weights.values} weights) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`dev: ${dev.length} examples, top-1 ${(thresholds.dev.top1 * 100).toFixed(1)}%, top-3 ${(thresholds.dev.top3 * 100).toFixed(1)}%; bands: high ≥ ${thresholds.high}, low < ${thresholds.low}`);
