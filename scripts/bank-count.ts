// Counts the question bank per target and split (issue 11): `npx tsx scripts/bank-count.ts [file-substring]`.
import { loadBank } from '../src/bank/index.js';

const only = process.argv[2];
const rows = new Map<string, { train: number; dev: number; annotated: number }>();
for (const e of loadBank().examples) {
  if (only && !e.source.includes(only)) continue;
  const r = rows.get(e.target) ?? { train: 0, dev: 0, annotated: 0 };
  r[e.split]++;
  if (e.annotations.length) r.annotated++;
  rows.set(e.target, r);
}
let total = 0;
for (const [t, r] of [...rows].sort()) {
  total += r.train + r.dev;
  console.log(`${t.padEnd(34)} ${String(r.train + r.dev).padStart(4)}  train ${String(r.train).padStart(3)}  dev ${String(r.dev).padStart(3)}  annotated ${r.annotated}`);
}
console.log(`total ${total}`);
