/**
 * The conversation log's cost (issue 12: under 10% of answers per second), run by npm run bench in
 * a fresh process.
 *
 * The conversation set is cut into blocks of whole conversations (about 24 turns, 5–20 ms each). Each
 * round answers every block once on every side: log off, log on (a JSONL day file in a temporary
 * folder, as POLICY_LOG_DIR would have it), and the references below. The sides' order turns within each
 * block, and runs backwards every other block, so that no side is always first (the second to
 * answer a text finds more of its work in the CPU's caches). Each side's CPU time (user + system,
 * process.cpuUsage) and wall time are taken around the whole block.
 *
 * Why blocks and medians: on the shared 2-core machine (load 10–30) how much of the machine one
 * process gets swings from one millisecond to the next, and a whole-round sum swung by ±10% between
 * identical runs. Within one block the sides run a few milliseconds apart, under nearly the same
 * load; the median over hundreds of blocks of a block's own cost is what a run gives reliably. The
 * totals (answers per second) are printed too, as the issue asks for both figures.
 *
 * The references say where the cost lies:
 *   - "the record made, not written": the log with a sink that drops each record after it was made.
 *   - "a bare write(2)": a stand-in log that only names the answer and writes one byte to /dev/null.
 *     One write per record is what makes the log crash-safe; on this machine (PTI without PCID) every
 *     system call empties the TLB, and the answer path then pays to fill it again, so this is the
 *     floor of any log that survives SIGKILL with nothing held back in memory.
 *   - "behind a channel": both sides then also write each answer out, as `ask --jsonl` writes it to
 *     standard output and the Slack and WeChat adapters send it over a socket. There the channel's
 *     own write empties the TLB in any case, so the log's write no longer pays for that on its own.
 *
 * With `thread`, two more sides: the log's write(2) left to a writer thread (bench/writerThread.ts),
 * woken by a notify a record, or looking for records every 0.2 ms. Measured and dropped
 * (docs/review.md#cost); kept here so that the figures can be taken again.
 *
 *   npx tsx bench/log.ts [rounds] [thread]     (default 8 rounds, after one round to warm up)
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer, Respond } from '../src/answer/types.js';
import { createResponder } from '../src/bot.js';
import { ConversationLog, openConversationLog } from '../src/log/index.js';
import { conversationHasher, logSecret } from '../src/log/secret.js';
import { parseCases } from '../test/cases/checkCase.js';
import { WriterThreadSink, type WriterTiming } from './writerThread.js';

const cases = parseCases(readFileSync(new URL('../test/cases/conversations.jsonl', import.meta.url), 'utf8'), 'conversations.jsonl');
const BLOCK_TURNS = 24;
type Conversation = { id: string; turns: string[]; asOf: string };
const blocks: Conversation[][] = [];
let block: Conversation[] = [];
let inBlock = 0;
for (const c of cases) {
  block.push({ id: c.id, turns: c.turns, asOf: c.asOf ?? '2021-06-30' });
  inBlock += c.turns.length;
  if (inBlock >= BLOCK_TURNS) {
    blocks.push(block);
    block = [];
    inBlock = 0;
  }
}
if (block.length) blocks.push(block);

const dir = mkdtempSync(join(tmpdir(), 'policy-bench-log-'));
const log = openConversationLog('jsonl', { POLICY_LOG_DIR: dir })!;
const logOut = openConversationLog('jsonl', { POLICY_LOG_DIR: join(dir, 'out') })!;
const devNull = openSync('/dev/null', 'a');
/** The stand-in log of the first reference: an answer id and one system call, nothing else. */
const bareWrite = {
  turn(_user: string, _raw: unknown, answer: Answer): string {
    answer.id = 'x';
    writeSync(devNull, 'x');
    return 'x';
  },
} as unknown as ConversationLog;
/** The channel's own write of each answer (the second reference). */
const out = (respond: Respond): Respond => (user, text, opts) => {
  const answer = respond(user, text, opts);
  writeSync(devNull, `${JSON.stringify(answer)}\n`);
  return answer;
};
const withThreads = process.argv.includes('thread');
const threadSinks: WriterThreadSink[] = [];
/** A log whose day file is written by a writer thread (the `thread` references). */
const threadLog = (name: string, timing: WriterTiming): ConversationLog => {
  const sink = new WriterThreadSink(openSync(join(dir, `${name}.jsonl`), 'a'), timing);
  threadSinks.push(sink);
  return new ConversationLog('jsonl', sink, conversationHasher(logSecret(dir)));
};
const allSides = {
  off: createResponder(),
  on: createResponder({ log }),
  made: createResponder({ log: new ConversationLog('jsonl', { write() {}, async close() {} }, conversationHasher(logSecret(dir))) }),
  bare: createResponder({ log: bareWrite }),
  offOut: out(createResponder()),
  onOut: out(createResponder({ log: logOut })),
  threadWake: withThreads ? createResponder({ log: threadLog('wake', { pollMs: 0, idleMs: 0 }) }) : null,
  threadPoll: withThreads ? createResponder({ log: threadLog('poll', { pollMs: 0.2, idleMs: 5 }) }) : null,
};
type Side = keyof typeof allSides;
const names = (Object.keys(allSides) as Side[]).filter((s) => allSides[s] !== null);
const sides = allSides as Record<Side, Respond>;
const loadBefore = loadavg();

const cpuUs = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
const asked = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)));
const rounds = Number.isInteger(asked) && asked > 0 ? asked : 8;
/** Per side: the blocks' CPU and wall µs, and the turns of each block. */
const cpu = Object.fromEntries(names.map((s) => [s, [] as number[]])) as Record<Side, number[]>;
const wall = Object.fromEntries(names.map((s) => [s, [] as number[]])) as Record<Side, number[]>;
const turns: number[] = [];
let measured = 0;
for (let r = -1; r < rounds; r++) {
  blocks.forEach((b, i) => {
    const k = (r + 1) * blocks.length + i;
    const order = names.map((_, j) => names[(j + k) % names.length]!);
    if (k & 1) order.reverse();
    const spent = {} as Record<Side, [number, number]>;
    for (const side of order) {
      const respond = sides[side];
      const c0 = cpuUs();
      const w0 = performance.now();
      // A fresh conversation a side and round: every side answers the same turns from the same start.
      for (const c of b) for (const t of c.turns) respond(`${c.id}-${r}`, t, { asOf: c.asOf });
      spent[side] = [cpuUs() - c0, (performance.now() - w0) * 1000];
    }
    if (r < 0) return; // the warm-up round
    for (const s of names) {
      cpu[s].push(spent[s][0]);
      wall[s].push(spent[s][1]);
    }
    turns.push(b.reduce((n, c) => n + c.turns.length, 0));
    measured++;
  });
}
await log.close();
await logOut.close();
const loadAfter = loadavg();
const threadWrites = threadSinks.map((t) => t.ownWrites);
for (const t of threadSinks) await t.close();
closeSync(devNull);
rmSync(dir, { recursive: true, force: true });

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const answers = turns.reduce((a, b) => a + b, 0);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const perSecond = (us: number[]) => Math.round(answers / (sum(us) / 1e6)).toLocaleString('en');
/**
 * The median of the blocks' own costs of `side` over `base`: the share of answers per second lost
 * (1 - base time / side time), and the time added in µs a turn.
 */
const cost = (m: Record<Side, number[]>, side: Side, base: Side) => ({
  share: median(m[side].map((x, i) => 1 - m[base][i]! / x)),
  us: median(m[side].map((x, i) => (x - m[base][i]!) / turns[i]!)),
});
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const both = (side: Side, base: Side) => {
  const c = cost(cpu, side, base);
  const w = cost(wall, side, base);
  return `${pct(c.share)} of the answers per CPU-second (${c.us.toFixed(1)} µs of CPU a turn), ${pct(w.share)} per wall-clock second (${w.us.toFixed(1)} µs)`;
};

const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(', ');
console.log(`\nconversation log — cost (issue 12), ${rounds} rounds of ${blocks.length} blocks (${answers} answers a side), the sides alternated within each block`);
console.log(`  load average (1, 5, 15 min) ${load(loadBefore)} at the start, ${load(loadAfter)} at the end, on ${availableParallelism()} cores`);
console.log(`  answers per second, log off: ${perSecond(wall.off)} (wall), ${perSecond(cpu.off)} (CPU)`);
console.log(`  answers per second, log on (JSONL day file): ${perSecond(wall.on)} (wall), ${perSecond(cpu.on)} (CPU)`);
console.log(`  an answer, log off: ${(median(cpu.off.map((x, i) => x / turns[i]!))).toFixed(1)} µs of CPU (median of the blocks)`);
console.log(`  cost of the log, median of the ${measured} blocks' own: ${both('on', 'off')} (target < 10%)`);
console.log(`    the record made and not written costs, the same way: ${both('made', 'off')}`);
console.log(`    a bare write(2) a turn costs, the same way: ${both('bare', 'off')}`);
console.log(`  behind a channel that writes each answer out (as ask --jsonl does), cost of the log: ${both('onOut', 'offOut')}`);
if (withThreads) {
  // Every record of the side, the warm-up round's too.
  const share = (i: number) => `${((threadWrites[i]! / ((answers * (rounds + 1)) / rounds)) * 100).toFixed(0)}%`;
  console.log(`  the log's write(2) left to a writer thread, woken by Atomics.notify a record: ${both('threadWake', 'off')}; written by the answering thread itself (the writer late): ${share(0)}`);
  console.log(`    a writer thread looking for records every 0.2 ms: ${both('threadPoll', 'off')}; written by the answering thread itself: ${share(1)}`);
}
