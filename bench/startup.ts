/**
 * Start-up of the published bin (issue 13, "a one-process start"), run by npm run bench after the
 * build: wall time of whole processes, each kind measured in turns with a bare `node -e 0`, so that
 * the ratio is taken under the same load.
 *
 *   - `policy-bot ask 第十七条`: a clause-number answer; target at most 4× `node -e 0`;
 *   - `policy-bot ask <free text>`: loads nodejieba and the model; target at most 1.0 s.
 *
 * Medians of RUNS runs. The machine's load average is printed with them: on a shared machine the
 * absolute figures move with it, the ratio much less. Beside the wall time, the CPU time of each
 * process (user + system, all its threads), which load moves far less: on a busy 2-core machine
 * the wall time is mostly waiting for a core.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/policy-bot.mjs', import.meta.url));
const RUNS = Number(process.env.STARTUP_RUNS ?? 7);

interface Kind { label: string; args: string[]; target?: (ms: number, bare: number) => string }

const KINDS: Kind[] = [
  { label: 'node -e 0', args: ['-e', '0'] },
  {
    label: 'policy-bot ask 第十七条',
    args: [bin, 'ask', '第十七条'],
    target: (ms, bare) => `${(ms / bare).toFixed(1)}× node -e 0 (target ≤ 4×)`,
  },
  {
    label: 'policy-bot ask 院士专家工作站是怎么规定的',
    args: [bin, 'ask', '院士专家工作站是怎么规定的'],
    target: (ms) => `(target ≤ 1000 ms)`,
  },
];

/** Preloaded into every measured process: its CPU time, written to stderr as it exits. */
const REPORT_CPU = 'data:text/javascript,process.on("exit",()=>process.stderr.write(`cpu:${JSON.stringify(process.cpuUsage())}\\n`))';

/** Wall and CPU milliseconds of one whole process; throws if it fails. */
function measure(args: string[]): { wall: number; cpu: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', REPORT_CPU, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, POLICY_LOG: 'off' } });
  const wall = performance.now() - started;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  const usage = /cpu:(\{.*\})/.exec(run.stderr);
  const { user, system } = JSON.parse(usage![1]!) as { user: number; system: number };
  return { wall, cpu: (user + system) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// The build first (as npm run bench does), so that the bin runs dist/ as it is now, never an older
// build or, for sources edited since, the tsx fallback.
const build = spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url))], { encoding: 'utf8' });
if (build.status !== 0) throw new Error(`the build failed: ${build.stderr}`);

console.log(`\nstart-up of the bin (wall time, median of ${RUNS}, runs interleaved; load average ${loadavg()[0]!.toFixed(1)})`);
const walls = KINDS.map(() => [] as number[]);
const cpus = KINDS.map(() => [] as number[]);
measure(KINDS[1]!.args); // one unmeasured run: the file cache, not the code, would be measured first
for (let i = 0; i < RUNS; i++) {
  KINDS.forEach((k, j) => {
    const { wall, cpu } = measure(k.args);
    walls[j]!.push(wall);
    cpus[j]!.push(cpu);
  });
}
const bare = median(walls[0]!);
const bareCpu = median(cpus[0]!);
KINDS.forEach((k, j) => {
  const ms = median(walls[j]!);
  const cpu = median(cpus[j]!);
  console.log(`  ${k.label}: ${ms.toFixed(0)} ms${k.target ? ` ${k.target(ms, bare)}` : ''}; CPU ${cpu.toFixed(0)} ms (${(cpu / bareCpu).toFixed(1)}× node -e 0's)`);
});
console.log(`  (load average now ${loadavg()[0]!.toFixed(1)})`);
