/**
 * The trained model as stored in knowledge/model/: a small JSON header (softmax.json: classes,
 * vocabulary, bias, fingerprints) and the weights as a binary file (softmax.weights), so the
 * first free-text answer of a fresh process does not pay for parsing and validating half a
 * million numbers as JSON (that cost about 0.4 s: read, JSON.parse, zod, restore).
 *
 * softmax.weights holds the non-negligible weights, feature by feature in the header's order,
 * little-endian, in three runs:
 *   Int32  value[n]   the weight times SCALE, rounded (the 4 decimals the JSON file kept)
 *   Uint16 class[n]   the class each value belongs to
 *   Uint16 count[F]   how many of the values belong to each feature
 * The header is checked with zod; the binary by its length and ranges only.
 */
import { z } from 'zod';
import type { SoftmaxModel, SoftmaxOptions } from './softmax.js';
import { SparseSoftmax } from './sparse.js';

/** Weights smaller than this are left out of the stored model: they never change a ranking. */
const PRUNE = 0.002;
/** Weights are stored as integers in units of 1 / SCALE (4 decimals). */
export const SCALE = 1e4;
export const FORMAT = 'softmax-sparse-int32-le/1';

export const ModelHeaderSchema = z.object({
  about: z.string(),
  format: z.literal(FORMAT),
  /** Which bank it was trained from (bankFingerprint). */
  fingerprint: z.string(),
  /** What the model read of that bank (featuresFingerprint): changes when the lexicon or the feature code does. */
  featuresFingerprint: z.string(),
  options: z.object({ epochs: z.number(), rate: z.number(), decay: z.number(), l2: z.number(), seed: z.number() }),
  classes: z.array(z.string()).min(1).max(0xffff),
  features: z.array(z.string()),
  bias: z.array(z.number()),
  weights: z.object({ file: z.string().regex(/^[\w.-]+$/, 'a file name in the same directory'), values: z.number().int().min(0), scale: z.literal(SCALE) }),
}).refine((h) => h.bias.length === h.classes.length, { message: 'one bias per class', path: ['bias'] });

export type ModelHeader = z.infer<typeof ModelHeaderSchema>;

/** A model as written to disk: its header and its weights file's bytes. */
export interface StoredModel {
  header: ModelHeader;
  weights: Uint8Array;
}

interface Dataset { classes: string[]; features: string[] }

const round = (x: number) => Math.round(x * SCALE) / SCALE;

export function store(model: SoftmaxModel, data: Dataset, fingerprints: { bank: string; features: string }, options: SoftmaxOptions, file: string): StoredModel {
  const K = data.classes.length;
  const features: string[] = [];
  const counts: number[] = [];
  const classes: number[] = [];
  const values: number[] = [];
  data.features.forEach((name, f) => {
    let n = 0;
    for (let k = 0; k < K; k++) {
      const w = model.weights[f * K + k]!;
      if (Math.abs(w) >= PRUNE) classes.push(k), values.push(Math.round(w * SCALE)), n++;
    }
    if (n) features.push(name), counts.push(n);
  });
  const bytes = new Uint8Array(values.length * 6 + counts.length * 2);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const v of values) view.setInt32(at, v, true), at += 4;
  for (const k of classes) view.setUint16(at, k, true), at += 2;
  for (const n of counts) view.setUint16(at, n, true), at += 2;
  return {
    header: {
      about: 'The ranker of issue 11: softmax regression over the question bank\'s train split (src/model/). Written by `npm run train`; do not edit. Weights in the binary file named below (layout: src/model/stored.ts).',
      format: FORMAT, fingerprint: fingerprints.bank, featuresFingerprint: fingerprints.features, options,
      classes: data.classes, features, bias: [...model.bias].map(round),
      weights: { file, values: values.length, scale: SCALE },
    },
    weights: bytes,
  };
}

/** Typed arrays read the platform's byte order; the file is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The weights file's three runs as typed arrays, viewed in place when the bytes allow it. */
function runs(bytes: Uint8Array, n: number, F: number): { values: Int32Array; classOf: Uint16Array; counts: Uint16Array } {
  if (!LITTLE_ENDIAN) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return {
      values: Int32Array.from({ length: n }, (_, j) => view.getInt32(j * 4, true)),
      classOf: Uint16Array.from({ length: n }, (_, j) => view.getUint16(n * 4 + j * 2, true)),
      counts: Uint16Array.from({ length: F }, (_, f) => view.getUint16(n * 6 + f * 2, true)),
    };
  }
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  return {
    values: new Int32Array(aligned.buffer, aligned.byteOffset, n),
    classOf: new Uint16Array(aligned.buffer, aligned.byteOffset + n * 4, n),
    counts: new Uint16Array(aligned.buffer, aligned.byteOffset + n * 6, F),
  };
}

/**
 * A stored model back as a model that predicts, with its vocabulary. Throws (with what is wrong,
 * not where: the caller names the file) when the weights do not fit the header.
 */
export function restore(stored: StoredModel): { model: SparseSoftmax; vocabulary: Map<string, number>; classes: string[] } {
  const { header, weights: bytes } = stored;
  const K = header.classes.length;
  const F = header.features.length;
  const n = header.weights.values;
  if (bytes.byteLength !== n * 6 + F * 2) {
    throw new Error(`${bytes.byteLength} bytes of weights, expected ${n * 6 + F * 2} for ${n} values over ${F} features`);
  }
  const { values, classOf, counts } = runs(bytes, n, F);
  const start = new Uint32Array(F + 1);
  for (let f = 0; f < F; f++) start[f + 1] = start[f]! + counts[f]!;
  if (start[F] !== n) throw new Error(`the features' counts cover ${start[F]} of ${n} weights`);
  const weight = new Float32Array(n);
  for (let j = 0; j < n; j++) {
    if (classOf[j]! >= K) throw new Error(`class ${classOf[j]} out of range (${K} classes)`);
    // Divided, not multiplied by 1e-4: the same double as the 4-decimal number the JSON file held.
    weight[j] = values[j]! / SCALE;
  }
  const vocabulary = new Map(header.features.map((f, i) => [f, i]));
  return { model: new SparseSoftmax(K, start, classOf, weight, Float32Array.from(header.bias)), vocabulary, classes: header.classes };
}
