/**
 * npm run eval: the conversation sets (test/cases/conversations.jsonl, conversations-blind.jsonl,
 * conversations-blind-2.jsonl, conversations-blind-3.jsonl) and the shared examples,
 * scored by category. Exits 1 when a gated set is under 95% or lists any wrong amount.
 * Blind set 4 (everyday words) is reported, not gated: it is frozen as the yardstick of the
 * understanding work (issue 11), and no fix is made for its cases.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createResponder } from '../src/bot.js';
import type { Answer } from '../src/answer/types.js';
import { parseCases, runCase, type ConversationCase } from '../test/cases/checkCase.js';
import { bigramRank } from './bigram.js';
import { compareModels } from './models.js';

const PASS_RATE = 0.95;
const sets: [string, string, { gated: boolean; showFailures?: boolean }?][] = [
  ['conversations', fileURLToPath(new URL('../test/cases/conversations.jsonl', import.meta.url))],
  // Written from the policy text before the bot ever answered them; scored as a set of its own.
  ['blind conversations', fileURLToPath(new URL('../test/cases/conversations-blind.jsonl', import.meta.url))],
  // Second blind round, WeChat-style: piecemeal facts, bare replies, corrections, topic switches.
  ['blind conversations 2', fileURLToPath(new URL('../test/cases/conversations-blind-2.jsonl', import.meta.url))],
  // Third blind round: entrepreneurs, talent-service staff, hypotheticals and negation, period.
  ['blind conversations 3', fileURLToPath(new URL('../test/cases/conversations-blind-3.jsonl', import.meta.url))],
  ['shared examples', fileURLToPath(new URL('../test/cases/shared-examples.jsonl', import.meta.url))],
  // Fourth blind round, everyday words (160): first run 112/160 (70.0%), 7 wrong amounts. Frozen.
  ['blind conversations 4', fileURLToPath(new URL('../test/cases/conversations-blind-4.jsonl', import.meta.url)), { gated: false }],
  // Fifth blind round (260, every register; written from the policy text alone before the question
  // bank and the model of issue 11 were merged). Frozen: reported, never tuned on.
  ['blind conversations 5', fileURLToPath(new URL('../test/cases/conversations-blind-5.jsonl', import.meta.url)), { gated: false }],
  // Sixth blind round (320, every register), written from the policy text alone after the model was
  // merged and committed before the bot answered it. Frozen: reported, never tuned on.
  ['blind conversations 6', fileURLToPath(new URL('../test/cases/conversations-blind-6.jsonl', import.meta.url)), { gated: false }],
  // Seventh blind round (330, every register): issue 11's final set, written from the policy text
  // alone after the 20:25 model freeze and committed before the bot answered it. Frozen.
  ['blind conversations 7', fileURLToPath(new URL('../test/cases/conversations-blind-7.jsonl', import.meta.url)), { gated: false }],
  // Eighth blind round (340, every register, 40 out of scope): written from the policy text alone
  // by a helper who saw no code, started 23:34 UTC 2026-11-30 after this session's understanding work,
  // committed before the bot answered it. Frozen: reported, never tuned on.
  ['blind conversations 8', fileURLToPath(new URL('../test/cases/conversations-blind-8.jsonl', import.meta.url)), { gated: false }],
  // Issue 14's blind sets, written the same way: English (90, answers must come back in English) and
  // pinyin typed without an input method (50, answered in Chinese). Frozen.
  ['blind English 1', fileURLToPath(new URL('../test/cases/conversations-blind-en1.jsonl', import.meta.url)), { gated: false }],
  ['blind pinyin 1', fileURLToPath(new URL('../test/cases/conversations-blind-py1.jsonl', import.meta.url)), { gated: false }],
  // Issue 14's second held-out pair, written by the en helper from the policy text and committed
  // (a04c66e) before the bot answered them; never tuned on, failures hidden like a frozen set's.
  // First run on 7bda6e6: English 54/76 (71.1%), 6 wrong amounts (lookup 12/15, amount 14/15,
  // ruleout 8/15, multiturn 10/14, oos 10/17); pinyin 33/37 (89.2%), 0 wrong amounts (unreadable 0/2).
  ['English held-out 2', fileURLToPath(new URL('../test/cases/en-holdout-2.jsonl', import.meta.url)), { gated: false }],
  ['pinyin held-out 2', fileURLToPath(new URL('../test/cases/py-holdout-2.jsonl', import.meta.url)), { gated: false }],
  // Issue 11's and 14's final blind sets for this round: blind 9 (340, every register, 40 out of
  // scope), English 2 (90) and pinyin 2 (50), each written from the policy text alone by a helper who
  // saw no code, started 01:58–02:06 UTC 2026-12-01, committed at the 02:15 model freeze before the
  // bot answered them. Frozen: reported, never tuned on.
  ['blind conversations 9', fileURLToPath(new URL('../test/cases/conversations-blind-9.jsonl', import.meta.url)), { gated: false }],
  ['blind English 2', fileURLToPath(new URL('../test/cases/conversations-blind-en2.jsonl', import.meta.url)), { gated: false }],
  ['blind pinyin 2', fileURLToPath(new URL('../test/cases/conversations-blind-py2.jsonl', import.meta.url)), { gated: false }],
  // This round's final blind sets for issues 11 and 14: blind 10 (340, every register, 40 out of scope)
  // and English 3 (90), each written from the policy text alone by a helper who saw no code, started at
  // the 05:10 UTC 2026-12-01 model freeze (main 24e9f6e) and committed before the bot answered them.
  // Frozen: reported, never tuned on.
  ['blind conversations 10', fileURLToPath(new URL('../test/cases/conversations-blind-10.jsonl', import.meta.url)), { gated: false }],
  ['blind English 3', fileURLToPath(new URL('../test/cases/conversations-blind-en3.jsonl', import.meta.url)), { gated: false }],
  // The out-of-scope line's held-out check (60 out of scope, 62 in scope, everyday words), written
  // by the oos helper before tuning and never trained on: reported, its failures hidden like a frozen set's.
  ['out-of-scope held-out', fileURLToPath(new URL('../test/cases/oos-holdout.jsonl', import.meta.url)), { gated: false }],
  // The zh helper's held-out set (162: out of scope of new kinds, in-scope near misses, facts that rule
  // a benefit out, questions the policy sets no money for), committed before the bot answered it and
  // never tuned on. First run (before that session's changes, c0c6d48):
  // 143/162 (88.3%); clause top-1 85/87; in-scope refused 1/95; out of scope caught 57/67; 6 wrong amounts
  // (0 firm for a ruled-out benefit).
  ['zh held-out 2', fileURLToPath(new URL('../test/cases/zh-holdout-2.jsonl', import.meta.url)), { gated: false }],
  // This session's development material (2026-12-01, 03:45 UTC): sets written from the policy text by
  // helpers who saw no code, split by a hash of the id (per category) into a development part that is
  // tuned on (en-dev-3.jsonl, zh-dev-3.jsonl) and a held-out third that is only scored here, its
  // failures hidden like a frozen set's. First runs, on main before any tuning, are in the README.
  ['English held-out 3', fileURLToPath(new URL('../test/cases/en-holdout-3.jsonl', import.meta.url)), { gated: false }],
  ['English dev 3', fileURLToPath(new URL('../test/cases/en-dev-3.jsonl', import.meta.url)), { gated: false, showFailures: true }],
  ['zh held-out 3', fileURLToPath(new URL('../test/cases/zh-holdout-3.jsonl', import.meta.url)), { gated: false }],
  ['zh dev 3', fileURLToPath(new URL('../test/cases/zh-dev-3.jsonl', import.meta.url)), { gated: false, showFailures: true }],
];
const verbose = process.argv.includes('--verbose');

let gateFailed = false;
for (const [name, file, options] of sets) {
  let cases: ConversationCase[];
  try {
    cases = parseCases(readFileSync(file, 'utf8'), file);
  } catch (err) {
    console.log(`${name}: cannot read ${file} (${(err as Error).message})`);
    continue;
  }
  const byCategory = new Map<string, Tally>();
  const failures: string[] = [];
  const confused = new Map<string, number>();
  let wrongGrants = 0;
  let firmRuledOut = 0;
  for (const c of cases) {
    const r = runCase(c, createResponder());
    const cat = c.category ?? 'example';
    const row = byCategory.get(cat) ?? tally();
    count(row, c, r.answer, r.ok);
    byCategory.set(cat, row);
    if (!r.ok) failures.push(`  ${c.id} [${cat}] ${c.turns.join(' / ')}\n    ${r.problems.join('; ')}${verbose ? `\n    → ${r.answer.answer.replace(/\n/g, ' ')}` : ''}`);
    if (r.wrongGrant) wrongGrants++;
    // Issue 11 bounds firm amounts for ruled-out benefits; one given as conditional (the bot asks the
    // question that decides it) is still counted above, and split out here.
    if (r.answer.amounts.some((a) => !a.conditional && (c.notAmounts ?? []).includes(a.yuan))) firmRuledOut++;
    const got = r.answer.outOfScope ? 'out of scope' : r.answer.citations[0] ?? '(none)';
    if (c.cite?.length && !c.cite.includes(got)) confused.set(`${c.cite[0]} → ${got}`, (confused.get(`${c.cite[0]} → ${got}`) ?? 0) + 1);
    if (c.oos === true && !r.answer.outOfScope) confused.set(`out of scope → ${got}`, (confused.get(`out of scope → ${got}`) ?? 0) + 1);
  }
  const all = [...byCategory.values()].reduce(merge, tally());
  console.log(`\n${name} (${file.replace(/.*\/(test|shared)\//, '$1/')})`);
  console.log(`  ${'category'.padEnd(14)} ${'pass / total'.padEnd(20)} clause top-1   BM25 top-1   refused in-scope   oos caught   clarified`);
  for (const [cat, r] of [...byCategory].sort()) console.log(`  ${cat.padEnd(14)} ${line(r)}`);
  console.log(`  ${'TOTAL'.padEnd(14)} ${line(all)}`);
  // Counts both kinds of wrong money: a benefit the asker's facts rule out (notAmounts), and any
  // amount listed where the policy sets none for what was asked (noAmounts).
  console.log(`  wrong amounts (ruled out by the facts, or set by no rule for what was asked): ${wrongGrants}`);
  console.log(`  of them, firm amounts for a benefit the stated facts rule out: ${firmRuledOut} (the rest conditional, or listed where no amount was asked for)`);
  console.log(`  in-scope questions refused as out of scope: ${all.refused} / ${all.total - all.oos}; out-of-scope caught: ${all.caught} / ${all.oos}`);
  const pairs = [...confused].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
  if (pairs.length) console.log(`  most confused (expected → answered): ${pairs.map(([p, n]) => `${p} ×${n}`).join(', ')}`);
  const pass = all.pass;
  // A frozen set's failing questions are not printed unless asked (--show-frozen): engineers who run
  // the eval must not read them and, without meaning to, teach the bot its questions.
  if (failures.length && (options?.gated !== false || options.showFailures || process.argv.includes('--show-frozen'))) console.log(`  failures:\n${failures.join('\n')}`);
  if (options?.gated === false) console.log('  (reported, not gated)');
  else if (pass / cases.length < PASS_RATE || wrongGrants > 0) gateFailed = true;
}
compareModels();
process.exit(gateFailed ? 1 : 0);

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** What a set or a category counts. Clause top-1 and the BM25 baseline's are over the cases that cite a clause. */
interface Tally { pass: number; total: number; cited: number; top1: number; bm25: number; refused: number; oos: number; caught: number; clarified: number }

function tally(): Tally {
  return { pass: 0, total: 0, cited: 0, top1: 0, bm25: 0, refused: 0, oos: 0, caught: 0, clarified: 0 };
}

function merge(a: Tally, b: Tally): Tally {
  const out = tally();
  for (const k of Object.keys(out) as (keyof Tally)[]) out[k] = a[k] + b[k];
  return out;
}

function count(row: Tally, c: ConversationCase, answer: Answer, ok: boolean): void {
  row.total++;
  if (ok) row.pass++;
  if (c.cite?.length) {
    row.cited++;
    if (c.cite.includes(answer.citations[0] ?? '')) row.top1++;
    // The baseline sees the last message alone, as a search box would.
    if (c.cite.includes(bigramRank(c.turns.at(-1)!)[0] ?? '')) row.bm25++;
  }
  if (c.oos === true) {
    row.oos++;
    if (answer.outOfScope) row.caught++;
  } else if (answer.outOfScope) row.refused++;
  if ((answer as { clarify?: unknown[] }).clarify?.length) row.clarified++;
}

function line(r: Tally): string {
  const share = (n: number, of: number) => (of ? `${String(n).padStart(3)}/${String(of).padEnd(3)} ${pct(n / of).padStart(6)}` : '     —      ');
  return `${String(r.pass).padStart(5)} / ${String(r.total).padEnd(5)} ${pct(r.pass / r.total).padStart(6)}  ${share(r.top1, r.cited)}  ${share(r.bm25, r.cited)}  ${share(r.refused, r.total - r.oos).padEnd(16)}  ${r.oos ? `${r.caught}/${r.oos}`.padEnd(10) : '—'.padEnd(10)}  ${pct(r.clarified / r.total)}`;
}
