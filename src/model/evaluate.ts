/** The model against held-out examples: what the thresholds and the comparison bench are set on. */
import type { BankExample } from '../bank/index.js';
import type { Features } from './features.js';
import { featuresOfText } from './parse.js';
import type { Judged } from './thresholds.js';
import { vectorize } from './vectors.js';

export type Predict = (f: Features) => { target: string; p: number }[];

/** Each example judged by `predict`: the first target's probability, right at 1 and within 3. */
export function judge(examples: readonly Pick<BankExample, 'target' | 'text'>[], predict: Predict, features: (text: string) => Features = featuresOfText): (Judged & { got: string; want: string })[] {
  return examples.map((e) => {
    const ranked = predict(features(e.text));
    return { p: ranked[0]?.p ?? 0, right: ranked[0]?.target === e.target, inTop3: ranked.slice(0, 3).some((r) => r.target === e.target), got: ranked[0]?.target ?? '', want: e.target };
  });
}

/** A predict function over a model that gives class probabilities on a vocabulary. */
export function predictor(model: { predict(x: ReturnType<typeof vectorize>): Float64Array }, vocabulary: ReadonlyMap<string, number>, classes: readonly string[]): Predict {
  return (f) => {
    const probs = model.predict(vectorize(f, vocabulary));
    return [...probs.keys()].sort((a, b) => probs[b]! - probs[a]! || a - b).slice(0, 3).map((k) => ({ target: classes[k]!, p: probs[k]! }));
  };
}
