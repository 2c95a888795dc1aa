/**
 * Multinomial logistic (softmax) regression on sparse features: typed arrays, L2, stochastic
 * gradient descent over a seeded order and a fixed number of epochs, so the same examples always
 * give the same weights.
 */
import { seeded, shuffle } from './random.js';
import { softmaxInPlace, type SparseVector } from './vectors.js';

export interface SoftmaxOptions {
  epochs: number;
  /** Step size of the first epoch; it falls as 1 / (1 + decay · epoch). */
  rate: number;
  decay: number;
  /** L2 strength, applied to the weights an example touches (lazy regularisation). */
  l2: number;
  seed: number;
}

export const SOFTMAX_DEFAULTS: SoftmaxOptions = Object.freeze({ epochs: 15, rate: 0.1, decay: 0.2, l2: 1e-3, seed: 11 });

export class SoftmaxModel {
  /** weights[f * classes + k]. */
  constructor(readonly features: number, readonly classes: number, readonly weights: Float32Array, readonly bias: Float32Array) {}

  static train(xs: readonly SparseVector[], ys: readonly number[], features: number, classes: number, options: SoftmaxOptions = SOFTMAX_DEFAULTS): SoftmaxModel {
    const w = new Float32Array(features * classes);
    const b = new Float32Array(classes);
    const order = xs.map((_, i) => i);
    const random = seeded(options.seed);
    const p = new Float64Array(classes);
    const model = new SoftmaxModel(features, classes, w, b);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      const rate = options.rate / (1 + options.decay * epoch);
      for (const i of shuffle(order, random)) {
        const x = xs[i]!;
        model.scoresInto(x, p);
        softmaxInPlace(p);
        p[ys[i]!]! -= 1; // the gradient of the log loss over the scores
        for (let k = 0; k < classes; k++) b[k]! -= rate * p[k]!;
        for (let j = 0; j < x.index.length; j++) {
          const row = x.index[j]! * classes;
          const v = x.value[j]!;
          for (let k = 0; k < classes; k++) w[row + k]! -= rate * (p[k]! * v + options.l2 * w[row + k]!);
        }
      }
    }
    return model;
  }

  scoresInto(x: SparseVector, out: Float64Array): Float64Array {
    const k = this.classes;
    for (let c = 0; c < k; c++) out[c] = this.bias[c]!;
    for (let j = 0; j < x.index.length; j++) {
      const row = x.index[j]! * k;
      const v = x.value[j]!;
      for (let c = 0; c < k; c++) out[c]! += v * this.weights[row + c]!;
    }
    return out;
  }

  /** Class probabilities. */
  predict(x: SparseVector): Float64Array {
    return softmaxInPlace(this.scoresInto(x, new Float64Array(this.classes)));
  }

  /** The features of `x` that raise class `k` most, by their contribution to its score. */
  evidence(x: SparseVector, k: number, limit = 3): number[] {
    const parts: [number, number][] = [];
    for (let j = 0; j < x.index.length; j++) parts.push([x.index[j]!, x.value[j]! * this.weights[x.index[j]! * this.classes + k]!]);
    return parts.filter(([, c]) => c > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map(([f]) => f);
  }
}
