/**
 * The trained ranker (issue 11, src/model): reproducible from the bank, current with it, and filling
 * Parsed.ranking with ranked targets and a band.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Training and the dev split through respond() take seconds, more on a loaded machine.
const SLOW = 180_000;
import { bank } from '../src/bank/index.js';
import { loadRanker, ranker } from '../src/model/index.js';
import { bankFingerprint, trainStored } from '../src/model/train.js';
import { chooseThresholds } from '../src/model/thresholds.js';
import { understand } from '../src/understand/index.js';

const ALONE = { asOf: '2021-06-30', topic: null, pending: [] };

describe('the model', () => {
  it('is trained from the current bank (else: run npm run train)', () => {
    const model = ranker();
    expect(model, 'knowledge/model/softmax.json is missing: run npm run train').not.toBeNull();
    expect(model!.fingerprint, 'the committed model is stale for the current bank: run npm run train').toBe(bankFingerprint(bank().examples));
  });

  it('is reproducible: the same examples train the same weights, byte for byte', () => {
    // A slice of the bank (every target kept apart by the split as in training) keeps this quick.
    const some = bank().examples.filter((_, i) => i % 8 === 0);
    const first = JSON.stringify(trainStored(some));
    expect(JSON.stringify(trainStored(some))).toBe(first);
    expect(JSON.parse(first).classes.length).toBeGreaterThan(0);
  }, SLOW);

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
