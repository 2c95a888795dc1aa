/**
 * What the Latin-letter check costs a Chinese message (issue 14: the Chinese path must not get
 * slower): readLatin on every Chinese case turn of the replay input, `npx tsx bench/latinHot.ts [file]`.
 */
import { readFileSync } from 'node:fs';
import { readLatin } from '../src/latin/read.js';
const texts = readFileSync(process.argv[2] ?? '/work/notes/replay-in.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string).filter((t) => typeof t === 'string' && !/[a-z]/i.test(t));
let n = 0;
const t = performance.now();
for (let r = 0; r < 200; r++) for (const x of texts) if (readLatin(x) !== null) n++;
const per = ((performance.now() - t) * 1e6) / (200 * texts.length);
console.log(`readLatin on ${texts.length} Chinese case turns: ${per.toFixed(0)} ns a message, ${n} read as Latin`);
