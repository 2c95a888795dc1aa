/**
 * The confidence bands (Rasa's two-stage fallback), set on the bank's dev split: how sure the
 * model's first target must be to answer outright (high), to answer and offer the next ones
 * (middle), and below which it asks which was meant (low). Chosen by the rule in HOW from the
 * accuracy-against-coverage curve, and written with it to knowledge/model/thresholds.json.
 */
export interface CurvePoint {
  /** Answer when the first target's probability is at least this. */
  threshold: number;
  /** Share of dev questions answered at this threshold. */
  coverage: number;
  /** Share of those whose first target is right. */
  accuracy: number;
}

export interface Thresholds {
  how: string;
  high: number;
  low: number;
  dev: { examples: number; top1: number; top3: number };
  curve: CurvePoint[];
}

/** Accuracy wanted of the answers given without offering alternatives. */
export const HIGH_ACCURACY = 0.95;
/** Accuracy wanted of all answers given without asking first (high and middle bands). */
export const ANSWER_ACCURACY = 0.85;
/**
 * The lowest the bands go whatever dev says: a first target under a third of the probability is
 * a guess among several (Rasa's fallback default is 0.3), and dev, made of in-scope questions
 * mostly, cannot show how sure the model is of text about nothing it knows ("asdfghjkl").
 */
export const MIN_LOW = 0.3;
export const MIN_HIGH = 0.5;
/**
 * With fewer dev examples than this the curve says too little, and the model is trusted with no
 * answer of its own: every ranking is 'low', its candidates only offered.
 */
export const MIN_DEV = 30;
const UNTRUSTED = { high: 1, low: 1 };

export const HOW = `high: the lowest threshold whose dev answers (first target's probability at least it) are ${HIGH_ACCURACY * 100}% right; ` +
  `low: the lowest whose dev answers are ${ANSWER_ACCURACY * 100}% right; never below ${MIN_LOW} and ${MIN_HIGH}. Thresholds on a 0.05 grid; ` +
  `with fewer than ${MIN_DEV} dev examples, both 1 (the model never answers alone).`;

/** One dev example as the model ranked it: the first target's probability, and whether it is right. */
export interface Judged {
  p: number;
  right: boolean;
  inTop3: boolean;
}

export function curveOf(judged: readonly Judged[]): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (let i = 0; i <= 19; i++) {
    const threshold = i / 20;
    const answered = judged.filter((j) => j.p >= threshold);
    const right = answered.filter((j) => j.right).length;
    points.push({ threshold, coverage: round(answered.length / (judged.length || 1)), accuracy: round(answered.length ? right / answered.length : 1) });
  }
  return points;
}

export function chooseThresholds(judged: readonly Judged[]): Thresholds {
  const curve = curveOf(judged);
  const lowest = (accuracy: number, fallback: number) => curve.find((c) => c.accuracy >= accuracy && c.coverage > 0)?.threshold ?? fallback;
  const enough = judged.length >= MIN_DEV;
  const high = enough ? Math.max(MIN_HIGH, lowest(HIGH_ACCURACY, UNTRUSTED.high)) : UNTRUSTED.high;
  const low = enough ? Math.min(high, Math.max(MIN_LOW, lowest(ANSWER_ACCURACY, high))) : UNTRUSTED.low;
  const n = judged.length || 1;
  return {
    how: HOW, high, low,
    dev: { examples: judged.length, top1: round(judged.filter((j) => j.right).length / n), top3: round(judged.filter((j) => j.inTop3).length / n) },
    curve,
  };
}

export function bandOf(p: number, t: Pick<Thresholds, 'high' | 'low'>): 'high' | 'middle' | 'low' {
  return p >= t.high ? 'high' : p >= t.low ? 'middle' : 'low';
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
