/**
 * npm run train: trains the ranker on the question bank's train split, sets the confidence bands on
 * its dev split, and writes knowledge/model/softmax.json and thresholds.json. Run it after changing
 * the bank (test/model.test.ts fails while the committed model is stale). Deterministic: the same
 * bank writes the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bank } from '../src/bank/index.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/load.js';
import { judge, predictor } from '../src/model/evaluate.js';
import { MODEL_DIR, MODEL_FILE, THRESHOLDS_FILE } from '../src/model/index.js';
import { chooseThresholds } from '../src/model/thresholds.js';
import { restore } from '../src/model/stored.js';
import { trainStored } from '../src/model/train.js';

const started = performance.now();
const { examples } = bank();
const stored = trainStored(examples);
const { model, vocabulary, classes } = restore(stored);
const dev = examples.filter((e) => e.split === 'dev');
const thresholds = chooseThresholds(judge(dev, predictor(model, vocabulary, classes)));

const dir = join(DEFAULT_KNOWLEDGE_DIR, MODEL_DIR);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, MODEL_FILE), `${JSON.stringify(stored)}\n`);
writeFileSync(join(dir, THRESHOLDS_FILE), `${JSON.stringify(thresholds, null, 1)}\n`);
const train = examples.length - dev.length;
console.log(`trained on ${train} examples (${stored.classes.length} targets, ${stored.features.length} features) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`dev: ${dev.length} examples, top-1 ${(thresholds.dev.top1 * 100).toFixed(1)}%, top-3 ${(thresholds.dev.top3 * 100).toFixed(1)}%; bands: high ≥ ${thresholds.high}, low < ${thresholds.low}`);
