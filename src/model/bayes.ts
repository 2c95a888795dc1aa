/**
 * Multinomial naive Bayes on the same sparse features, for comparison with the softmax regression
 * (bench/model.ts): the quick check of issue 11 used it.
 */
import { softmaxInPlace, type SparseVector } from './vectors.js';

export class NaiveBayes {
  private constructor(readonly classes: number, private readonly logPrior: Float64Array, private readonly logLikelihood: Float64Array, private readonly features: number) {}

  static train(xs: readonly SparseVector[], ys: readonly number[], features: number, classes: number, alpha = 0.1): NaiveBayes {
    const counts = new Float64Array(features * classes);
    const totals = new Float64Array(classes);
    const docs = new Float64Array(classes);
    xs.forEach((x, i) => {
      const k = ys[i]!;
      docs[k]!++;
      for (let j = 0; j < x.index.length; j++) {
        counts[x.index[j]! * classes + k]! += x.value[j]!;
        totals[k]! += x.value[j]!;
      }
    });
    const logPrior = new Float64Array(classes);
    for (let k = 0; k < classes; k++) logPrior[k] = Math.log((docs[k]! + 1) / (xs.length + classes));
    const logLikelihood = new Float64Array(features * classes);
    for (let f = 0; f < features; f++) {
      for (let k = 0; k < classes; k++) logLikelihood[f * classes + k] = Math.log((counts[f * classes + k]! + alpha) / (totals[k]! + alpha * features));
    }
    return new NaiveBayes(classes, logPrior, logLikelihood, features);
  }

  predict(x: SparseVector): Float64Array {
    const out = Float64Array.from(this.logPrior);
    for (let j = 0; j < x.index.length; j++) {
      const row = x.index[j]! * this.classes;
      for (let k = 0; k < this.classes; k++) out[k]! += x.value[j]! * this.logLikelihood[row + k]!;
    }
    return softmaxInPlace(out);
  }
}
