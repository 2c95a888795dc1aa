/**
 * The model comparison of issue 11 on the question bank's dev split (held out of training): naive
 * Bayes and softmax regression on the same features, and the character-bigram BM25 baseline, by
 * target top-1 and top-3, clause top-1 (a benefit counts as its clause; on the dev questions whose
 * target is a clause or a benefit, the only ones BM25 can answer), training time and time per
 * answer. Then the softmax model's accuracy against coverage on dev, which the bands are set on.
 * Printed by npm run eval; run alone with `npx tsx bench/models.ts`.
 */
import { fileURLToPath } from 'node:url';
import { bank } from '../src/bank/index.js';
import { clauseOfTarget } from '../src/model/answers.js';
import { NaiveBayes } from '../src/model/bayes.js';
import { featuresOfText } from '../src/model/parse.js';
import { SoftmaxModel } from '../src/model/softmax.js';
import { curveOf, type Thresholds } from '../src/model/thresholds.js';
import { dataset } from '../src/model/train.js';
import { vectorize, type SparseVector } from '../src/model/vectors.js';
import { ranker } from '../src/model/index.js';
import { bigramRank } from './bigram.js';

interface Row { name: string; top1: number; top3: number; clauseTop1: number; trainMs: number | null; perAnswerUs: number }

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function compareModels(): void {
  const { examples } = bank();
  const train = examples.filter((e) => e.split === 'train');
  const dev = examples.filter((e) => e.split === 'dev');
  if (!dev.length) return void console.log('\nmodels: the bank has no dev examples yet');
  const data = dataset(train);
  const vocabulary = new Map(data.features.map((f, i) => [f, i]));
  const devX: SparseVector[] = dev.map((e) => vectorize(featuresOfText(e.text), vocabulary));
  const clauseDev = dev.map((e, i) => ({ e, i, clause: clauseOfTarget(e.target) })).filter((d) => d.clause !== null);

  const rows: Row[] = [];
  const score = (name: string, trainMs: number | null, rankDev: (i: number) => string[], perAnswerUs: number) => {
    const ranked = dev.map((_, i) => rankDev(i));
    const top1 = dev.filter((e, i) => ranked[i]![0] === e.target).length / dev.length;
    const top3 = dev.filter((e, i) => ranked[i]!.slice(0, 3).includes(e.target)).length / dev.length;
    const clauseTop1 = clauseDev.filter((d) => clauseOfTarget(ranked[d.i]![0] ?? '') === d.clause).length / (clauseDev.length || 1);
    rows.push({ name, top1, top3, clauseTop1, trainMs, perAnswerUs });
  };
  const classesOf = (probs: Float64Array) => [...probs.keys()].sort((a, b) => probs[b]! - probs[a]! || a - b).slice(0, 3).map((k) => data.classes[k]!);
  const timed = (f: () => void) => { const t = performance.now(); f(); return performance.now() - t; };
  // Per answer: the model's own work on features already read (the features cost the same for both).
  const perAnswer = (predict: (x: SparseVector) => unknown) => (timed(() => { for (let r = 0; r < 5; r++) devX.forEach(predict); }) * 1000) / (5 * devX.length);

  let nb!: NaiveBayes;
  const nbMs = timed(() => (nb = NaiveBayes.train(data.xs, data.ys, data.features.length, data.classes.length)));
  score('naive Bayes (multinomial)', nbMs, (i) => classesOf(nb.predict(devX[i]!)), perAnswer((x) => nb.predict(x)));
  let sm!: SoftmaxModel;
  const smMs = timed(() => (sm = SoftmaxModel.train(data.xs, data.ys, data.features.length, data.classes.length)));
  score('softmax regression (shipped)', smMs, (i) => classesOf(sm.predict(devX[i]!)), perAnswer((x) => sm.predict(x)));
  const bm25 = dev.map((e) => bigramRank(e.text).slice(0, 3));
  const bmUs = (timed(() => dev.forEach((e) => bigramRank(e.text))) * 1000) / dev.length;
  score('BM25 over character bigrams', null, (i) => bm25[i]!, bmUs);

  console.log(`\nmodels on the bank's dev split (${dev.length} questions, ${clauseDev.length} with a clause or benefit target; trained on ${train.length})`);
  console.log(`  ${'model'.padEnd(30)} top-1   top-3   clause top-1   training   per answer`);
  for (const r of rows) {
    console.log(`  ${r.name.padEnd(30)} ${pct(r.top1).padStart(6)}  ${pct(r.top3).padStart(6)}  ${pct(r.clauseTop1).padStart(12)}   ${r.trainMs === null ? '     —' : `${(r.trainMs / 1000).toFixed(2)} s`.padStart(6)}   ${r.perAnswerUs.toFixed(0).padStart(5)} µs`);
  }
  console.log('  (BM25 ranks clauses only: its top-1 and top-3 count a clause target; clause top-1 is the fair comparison)');

  const judged = dev.map((e, i) => {
    const probs = sm.predict(devX[i]!);
    const top = classesOf(probs);
    return { p: Math.max(...probs), right: top[0] === e.target, inTop3: top.includes(e.target) };
  });
  const shipped: Thresholds | undefined = ranker()?.thresholds;
  console.log(`\n  accuracy against coverage on dev (softmax; answer when the first target's probability ≥ threshold)${shipped ? `: bands high ≥ ${shipped.high}, low < ${shipped.low}` : ''}`);
  console.log('  threshold  coverage  accuracy');
  for (const c of curveOf(judged)) console.log(`  ${c.threshold.toFixed(2).padStart(9)}  ${pct(c.coverage).padStart(8)}  ${pct(c.accuracy).padStart(8)}`);
  if (shipped) console.log(`  (${shipped.how})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) compareModels();
