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
import { parseCases, runCase, type ConversationCase } from '../test/cases/checkCase.js';

const PASS_RATE = 0.95;
const sets: [string, string, { gated: boolean }?][] = [
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
  const byCategory = new Map<string, { pass: number; total: number }>();
  const failures: string[] = [];
  let wrongGrants = 0;
  let refused = 0;
  let caught = 0;
  for (const c of cases) {
    const r = runCase(c, createResponder());
    if (c.oos === true && r.answer.outOfScope) caught++;
    if (c.oos !== true && r.answer.outOfScope) refused++;
    const cat = c.category ?? 'example';
    const row = byCategory.get(cat) ?? { pass: 0, total: 0 };
    row.total++;
    if (r.ok) row.pass++;
    else failures.push(`  ${c.id} [${cat}] ${c.turns.join(' / ')}\n    ${r.problems.join('; ')}${verbose ? `\n    → ${r.answer.answer.replace(/\n/g, ' ')}` : ''}`);
    if (r.wrongGrant) wrongGrants++;
    byCategory.set(cat, row);
  }
  const pass = [...byCategory.values()].reduce((n, r) => n + r.pass, 0);
  console.log(`\n${name} (${file.replace(/.*\/(test|shared)\//, '$1/')})`);
  console.log('  category        pass / total');
  for (const [cat, r] of [...byCategory].sort()) {
    console.log(`  ${cat.padEnd(14)} ${String(r.pass).padStart(5)} / ${String(r.total).padEnd(5)} ${pct(r.pass / r.total)}`);
  }
  console.log(`  ${'TOTAL'.padEnd(14)} ${String(pass).padStart(5)} / ${String(cases.length).padEnd(5)} ${pct(pass / cases.length)}`);
  // Counts both kinds of wrong money: a benefit the asker's facts rule out (notAmounts), and any
  // amount listed where the policy sets none for what was asked (noAmounts).
  console.log(`  wrong amounts (ruled out by the facts, or set by no rule for what was asked): ${wrongGrants}`);
  const oos = cases.filter((c) => c.oos === true).length;
  console.log(`  in-scope questions refused as out of scope: ${refused} / ${cases.length - oos}; out-of-scope caught: ${caught} / ${oos}`);
  if (failures.length) console.log(`  failures:\n${failures.join('\n')}`);
  if (options?.gated === false) console.log('  (reported, not gated)');
  else if (pass / cases.length < PASS_RATE || wrongGrants > 0) gateFailed = true;
}
process.exit(gateFailed ? 1 : 0);

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
