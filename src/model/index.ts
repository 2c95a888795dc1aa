/**
 * The trained ranker at run time: knowledge/model/softmax.json (written by `npm run train`) and
 * the bands of knowledge/model/thresholds.json, loaded on first use. Ranks the answer targets of the
 * question bank for a parsed message, best first, with probabilities and the features they rest on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KnowledgeError } from '../knowledge/errors.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/load.js';
import { displayName, readJson } from '../knowledge/readJson.js';
import type { Ranking, TargetCandidate } from '../understand/types.js';
import { featuresOf, type FeatureSource } from './features.js';
import { bandOf, type Thresholds } from './thresholds.js';
import { MODEL_DIR, MODEL_FILE, THRESHOLDS_FILE } from './files.js';
import { ModelHeaderSchema, restore } from './stored.js';
import { vectorize } from './vectors.js';

export { MODEL_DIR, MODEL_FILE, THRESHOLDS_FILE, WEIGHTS_FILE } from './files.js';
/** Candidates kept: enough that the clarify list (at most three) finds in-scope ones past the out-of-scope families ranked above them. */
const CANDIDATES = 8;
/** Features that read a word of the message rather than a character of it. */
const WORD_EVIDENCE = /^[wtsr]:/;
/** The prefix of the bank's out-of-scope families (knowledge/bank/targets.json). */
const OUT_OF_SCOPE = 'oos:';

const CurveSchema = z.array(z.object({ threshold: z.number(), coverage: z.number(), accuracy: z.number() }));
const ThresholdsSchema = z.object({
  how: z.string(), high: z.number().min(0).max(1), low: z.number().min(0).max(1),
  dev: z.object({ examples: z.number(), top1: z.number(), top3: z.number() }), curve: CurveSchema,
});

export interface Ranker {
  /** The bank it was trained on (bankFingerprint). */
  fingerprint: string;
  /** What it read of that bank (featuresFingerprint). */
  featuresFingerprint: string;
  thresholds: Thresholds;
  classes: readonly string[];
  rank(p: FeatureSource): Ranking;
}

export const NO_RANKING: Ranking = Object.freeze({ candidates: [], band: null });

export function loadRanker(knowledgeDir: string = DEFAULT_KNOWLEDGE_DIR): Ranker | null {
  const dir = join(knowledgeDir, MODEL_DIR);
  // No model yet (a bank without examples): the rules answer alone.
  if (!existsSync(join(dir, MODEL_FILE))) return null;
  const header = readJson(dir, MODEL_FILE, ModelHeaderSchema);
  const thresholds = readJson(dir, THRESHOLDS_FILE, ThresholdsSchema);
  const weightsFile = displayName(dir, header.weights.file);
  let restored: ReturnType<typeof restore>;
  try {
    restored = restore({ header, weights: readFileSync(join(dir, header.weights.file)) });
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code ? `cannot be read (${(err as NodeJS.ErrnoException).code})` : `does not fit ${MODEL_FILE}: ${(err as Error).message}`;
    throw new KnowledgeError(weightsFile, '', `${why}; run npm run train`);
  }
  const { model, vocabulary, classes } = restored;
  const features = header.features;
  // Which features read a word, worked out once: testing each feature's name per message cost more than the test saved.
  const wordEvidence = Uint8Array.from(features, (name) => (WORD_EVIDENCE.test(name) ? 1 : 0));
  return {
    fingerprint: header.fingerprint,
    featuresFingerprint: header.featuresFingerprint,
    thresholds,
    classes,
    rank(p) {
      // A bare yes or no answers a question of the conversation, which the model does not see.
      if (!p.bare || p.cues.bareYesNo !== null) return NO_RANKING;
      const x = vectorize(featuresOf(p), vocabulary);
      // Characters alone ("asdfghjkl", "12345") are no reading: without a word, a policy term or a
      // clause the model knows, it ranks nothing and the rules decide.
      if (!x.index.some((i) => wordEvidence[i] === 1)) return NO_RANKING;
      const probs = model.predict(x);
      const order = best(probs, CANDIDATES);
      const evidence = model.evidenceFor(x, order);
      const candidates: TargetCandidate[] = order.map((k, n) => ({
        target: classes[k]!,
        score: probs[k]!,
        evidence: evidence[n]!.map((f) => features[f]!),
      }));
      return { candidates, band: bandOf(bandScore(candidates[0]!.target, probs, classes, thresholds.low), thresholds) };
    },
  };
}

/**
 * How sure the model is of its first target, for the band. An out-of-scope family first is sure by
 * the probability of all out-of-scope families together: whether the message lies outside the
 * policy is the question, and a 落户积分 question that is half oos:points and half oos:other-city
 * is surely outside it. Any other first target is sure by its own probability.
 */
function bandScore(first: string, probs: Float64Array, classes: readonly string[], low: number): number {
  const own = probs[classes.indexOf(first)]!;
  // A message the model knows nothing of spreads its probability over every family ("那个东西怎么弄":
  // oos:howto 0.16 first): their sum is no reading. Pooled only when the first family is itself
  // past the low band.
  if (!first.startsWith(OUT_OF_SCOPE) || own < low) return own;
  let sum = 0;
  classes.forEach((c, k) => { if (c.startsWith(OUT_OF_SCOPE)) sum += probs[k]!; });
  return sum;
}

/**
 * The `n` most probable classes, most probable first, ties to the lower index: what sorting every
 * class would give, without sorting the other classes.
 */
export function best(probs: Float64Array, n: number): number[] {
  const top: number[] = [];
  for (let k = 0; k < probs.length; k++) {
    let at = top.length;
    while (at > 0 && probs[k]! > probs[top[at - 1]!]!) at--;
    if (at < n) {
      top.splice(at, 0, k);
      if (top.length > n) top.pop();
    }
  }
  return top;
}

let shared: Ranker | null | undefined;

/** The process-wide ranker, loaded on first use; null when no model has been trained. */
export function ranker(): Ranker | null {
  if (shared === undefined) shared = loadRanker();
  return shared;
}
