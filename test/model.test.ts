/**
 * The trained ranker (issue 11, src/model): reproducible from the bank, current with it, and filling
 * Parsed.ranking with ranked targets and a band.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Training and the dev split through respond() take seconds, more on a loaded machine.
const SLOW = 180_000;
import { bank } from '../src/bank/index.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/load.js';
import { MODEL_DIR, MODEL_FILE, THRESHOLDS_FILE, WEIGHTS_FILE, loadRanker, ranker } from '../src/model/index.js';
import { SoftmaxModel } from '../src/model/softmax.js';
import { restore } from '../src/model/stored.js';
import { bankFingerprint, featuresFingerprint, featuresOfBank, trainStored } from '../src/model/train.js';
import { vectorize } from '../src/model/vectors.js';
import { chooseThresholds } from '../src/model/thresholds.js';
import { understand } from '../src/understand/index.js';

const ALONE = { asOf: '2021-06-30', topic: null, pending: [] };

describe('the model', () => {
  it('is trained from the current bank (else: run npm run train)', () => {
    const model = ranker();
    expect(model, 'knowledge/model/softmax.json is missing: run npm run train').not.toBeNull();
    expect(model!.fingerprint, 'the committed model is stale for the current bank: run npm run train').toBe(bankFingerprint(bank().examples));
  });

  it('was trained on what the features read of the bank today (else: run npm run train)', () => {
    // The bank fingerprint misses a change to the lexicon, jieba's dictionaries or the feature
    // code; the features themselves do not.
    const { examples } = bank();
    expect(ranker()!.featuresFingerprint, 'the committed model was trained on other features (lexicon or feature code changed): run npm run train')
      .toBe(featuresFingerprint(examples, featuresOfBank(examples)));
  }, SLOW);

  it('is reproducible: the same examples train the same weights, byte for byte', () => {
    // A slice of the bank (every target kept apart by the split as in training) keeps this quick.
    const some = bank().examples.filter((_, i) => i % 8 === 0);
    const first = trainStored(some);
    const second = trainStored(some);
    expect(JSON.stringify(second.header)).toBe(JSON.stringify(first.header));
    expect(Buffer.from(second.weights).equals(Buffer.from(first.weights))).toBe(true);
    expect(first.header.classes.length).toBeGreaterThan(0);
  }, SLOW);

  it('predicts from the stored weights as the dense model with the same weights does, bit for bit', () => {
    const some = bank().examples.filter((_, i) => i % 8 === 0);
    const fs = featuresOfBank(some);
    const { model, vocabulary, classes } = restore(trainStored(some, undefined, fs));
    const K = classes.length;
    const dense = new Float32Array(model.features * K);
    for (let f = 0; f < model.features; f++) for (let k = 0; k < K; k++) dense[f * K + k] = model.weightOf(f, k);
    const reference = new SoftmaxModel(model.features, K, dense, model.bias);
    for (const f of fs) {
      const x = vectorize(f, vocabulary);
      expect([...model.predict(x)]).toEqual([...reference.predict(x)]);
      const best = model.predict(x).indexOf(Math.max(...model.predict(x)));
      expect(model.evidence(x, best)).toEqual(reference.evidence(x, best));
    }
  }, SLOW);

  it('refuses weights that do not fit their header, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-model-'));
    mkdirSync(join(dir, MODEL_DIR));
    for (const f of [MODEL_FILE, THRESHOLDS_FILE]) copyFileSync(join(DEFAULT_KNOWLEDGE_DIR, MODEL_DIR, f), join(dir, MODEL_DIR, f));
    expect(() => loadRanker(dir)).toThrow(new RegExp(`${WEIGHTS_FILE}.*cannot be read.*npm run train`));
    const weights = readFileSync(join(DEFAULT_KNOWLEDGE_DIR, MODEL_DIR, WEIGHTS_FILE));
    writeFileSync(join(dir, MODEL_DIR, WEIGHTS_FILE), weights.subarray(0, weights.length - 2));
    expect(() => loadRanker(dir)).toThrow(new RegExp(`${WEIGHTS_FILE}.*bytes of weights, expected`));
    const header = JSON.parse(readFileSync(join(dir, MODEL_DIR, MODEL_FILE), 'utf8'));
    writeFileSync(join(dir, MODEL_DIR, MODEL_FILE), JSON.stringify({ ...header, classes: header.classes.slice(0, 2) }));
    writeFileSync(join(dir, MODEL_DIR, WEIGHTS_FILE), weights);
    expect(() => loadRanker(dir)).toThrow(/softmax\.json.*bias/);
  });

  it('fills the ranking: targets of the bank, best first, with probabilities, evidence and a band', () => {
    const model = ranker()!;
    const dev = bank().examples.filter((e) => e.split === 'dev').slice(0, 20);
    for (const e of dev) {
      const { ranking } = understand(e.text, ALONE);
      expect(ranking.candidates.length, e.text).toBeGreaterThan(0);
      const scores = ranking.candidates.map((c) => c.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const c of ranking.candidates) {
        expect(model.classes).toContain(c.target);
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(1);
      }
      expect(ranking.candidates[0]!.evidence.length, e.text).toBeGreaterThan(0);
      expect(['high', 'middle', 'low']).toContain(ranking.band);
    }
  });

  it('ranks nothing for an empty message, and nothing without a trained model', () => {
    expect(understand('   ', ALONE).ranking).toEqual({ candidates: [], band: null });
    expect(loadRanker(mkdtempSync(join(tmpdir(), 'no-model-')))).toBeNull();
  });

  it('sets the bands on the dev curve: high keeps 95% of its answers right, and too little data trusts nothing alone', () => {
    const judged = Array.from({ length: 100 }, (_, i) => ({ p: i / 100, right: i >= 30, inTop3: true }));
    const t = chooseThresholds(judged);
    const answered = judged.filter((j) => j.p >= t.high);
    expect(answered.filter((j) => j.right).length / answered.length).toBeGreaterThanOrEqual(0.95);
    expect(t.low).toBeLessThanOrEqual(t.high);
    expect(chooseThresholds(judged.slice(0, 5))).toMatchObject({ high: 1, low: 1 });
  });
});
