/**
 * `policy-bot slack` in a child process (the bin, one process, as a user starts it), for the
 * tests that need the real process: its exit code, its output, its own event loop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = `${ROOT}bin/policy-bot.mjs`;

export interface CliRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
  /**
   * Resolves with the first match of `pattern` in stdout, as soon as it is printed; rejects if
   * the process exits first. No clock of its own: the test's timeout bounds it, so a start that
   * is slow on a loaded machine is waited for rather than failed.
   */
  printed: (pattern: RegExp) => Promise<RegExpExecArray>;
}

const running: ChildProcess[] = [];

/** The environment without any Slack or policy setting of the machine running the tests. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|POLICY_|PORT$|HOST$|REDIS_URL$)/.test(k)));
  // POLICY_LOG goes with the rest of POLICY_*; keep the conversation log out of the checkout.
  return { ...env, POLICY_LOG: 'off', ...extra };
}

export function startCli(env: Record<string, string>): CliRun {
  // Its own process group, so a test can signal it as a terminal or systemd would.
  const child = spawn(process.execPath, [BIN, 'slack'], { cwd: ROOT, env: cleanEnv(env), detached: true });
  running.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const printed = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const look = () => {
        const match = pattern.exec(out);
        if (!match) return;
        child.stdout!.off('data', look);
        resolve(match);
      };
      child.stdout!.on('data', look);
      void exit.then((code) => {
        // Output read before the exit is still looked at once more.
        look();
        reject(new Error(`exited (${code}) before printing ${pattern}: ${err}`));
      });
      look();
    });
  return { child, stdout: () => out, stderr: () => err, exit, printed };
}

export function stopGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Kills every CLI started here that is still running (for afterAll). */
export function killAll(): void {
  for (const child of running) stopGroup(child, 'SIGKILL');
}

export async function until<T>(what: string, get: () => T | undefined, timeoutMs = 30000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** As until(), for a condition that must be fetched (an instance's GET /healthz). */
export async function untilAsync(what: string, ready: () => Promise<boolean>, timeoutMs = 30000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** Starts the CLI in HTTP mode on a free loopback port; resolves with its events URL once it listens. */
export async function startHttpCli(env: Record<string, string>): Promise<{ run: CliRun; url: string }> {
  const port = await freePort();
  const run = startCli({ PORT: String(port), HOST: '127.0.0.1', ...env });
  const url = (await run.printed(/listening on (http:\S+)/))[1]!;
  return { run, url };
}
