/**
 * The trained softmax model at run time, kept as sparse as it is stored: for each feature only its
 * non-negligible weights (about a third of features × classes), as typed arrays over the weights
 * file. Loading then builds no dense matrix, and a prediction adds exactly the terms the dense
 * model would add that are not zero, in the same order, so it gives the same probabilities.
 */
import { softmaxInPlace, type SparseVector } from './vectors.js';

export class SparseSoftmax {
  /** evidenceFor's class slots, all -1 between calls. */
  private slots: Int32Array | undefined;

  /**
   * Feature f's weights are classOf[j] / weight[j] for j from start[f] to start[f + 1].
   * `weight` holds float32 values, as the dense model trained them.
   */
  constructor(
    readonly classes: number,
    readonly start: Uint32Array,
    readonly classOf: Uint16Array,
    readonly weight: Float32Array,
    readonly bias: Float32Array,
  ) {}

  get features(): number {
    return this.start.length - 1;
  }

  /**
   * Class probabilities. The arrays are read into locals once: in the loop, a property read through
   * `this` for every weight cost more than the multiply-add it fed.
   */
  predict(x: SparseVector): Float64Array {
    const { classes, start, classOf, weight, bias } = this;
    const out = new Float64Array(classes);
    for (let c = 0; c < classes; c++) out[c] = bias[c]!;
    const { index, value } = x;
    for (let i = 0; i < index.length; i++) {
      const f = index[i]!;
      const v = value[i]!;
      for (let j = start[f]!, end = start[f + 1]!; j < end; j++) out[classOf[j]!]! += v * weight[j]!;
    }
    return softmaxInPlace(out);
  }

  /** Feature f's weight for class k (0 when pruned). */
  weightOf(f: number, k: number): number {
    for (let j = this.start[f]!, end = this.start[f + 1]!; j < end; j++) if (this.classOf[j] === k) return this.weight[j]!;
    return 0;
  }

  /** The features of `x` that raise class `k` most, by their contribution to its score. */
  evidence(x: SparseVector, k: number, limit = 3): number[] {
    return this.evidenceFor(x, [k], limit)[0]!;
  }

  /**
   * evidence(x, k, limit) for each class of `ks`, in that order, reading each feature's weights once
   * for all of them: a ranking asks it of eight candidates, and looking each weight up on its own
   * scanned the same feature's weights eight times.
   */
  evidenceFor(x: SparseVector, ks: readonly number[], limit = 3): number[][] {
    const { start, classOf, weight } = this;
    // slot[k]: where class k's parts go (-1: not asked); a repeated class shares its first slot.
    // One array kept for every call, each slot set back when done.
    const slot = (this.slots ??= new Int32Array(this.classes).fill(-1));
    ks.forEach((k, n) => { if (slot[k] === -1) slot[k] = n; });
    // Each class's best parts so far, kept as they come (topFeatures' order), rather than every
    // part of every class collected first: most parts never make a class's first few.
    const tops: [number, number][][] = ks.map(() => []);
    for (let i = 0; i < x.index.length; i++) {
      const f = x.index[i]!;
      const v = x.value[i]!;
      for (let j = start[f]!, end = start[f + 1]!; j < end; j++) {
        const n = slot[classOf[j]!]!;
        // A class's weight appears at most once per feature; a pruned weight (0) contributes nothing.
        if (n !== -1) {
          const c = v * weight[j]!;
          if (c > 0) keepTop(tops[n]!, f, c, limit);
        }
      }
    }
    const found = ks.map((k) => tops[slot[k]!]!.map(([f]) => f));
    for (const k of ks) slot[k] = -1;
    return found;
  }

}

/**
 * Adds feature `f`'s contribution `c` to `top`, the `limit` largest so far, largest first, ties to
 * the lower feature: fed every part, what sorting all of them and keeping the first `limit` gives
 * (each feature occurs once, so the order is total), without sorting or keeping the rest.
 */
function keepTop(top: [number, number][], f: number, c: number, limit: number): void {
  let at = top.length;
  while (at > 0 && (c > top[at - 1]![1] || (c === top[at - 1]![1] && f < top[at - 1]![0]))) at--;
  if (at < limit) {
    top.splice(at, 0, [f, c]);
    if (top.length > limit) top.pop();
  }
}
