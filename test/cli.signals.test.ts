/**
 * Stop signals sent to the bin's pid, as a supervisor, `kill PID`, Node's child.kill() or a
 * terminal's process group send them. The bin is the process a user starts, so a signal to it must
 * stop the bot itself: the Slack bot (the real CLI in HTTP mode against a fake Web API) frees its
 * port and exits 0; `ask --jsonl` and the chat stop reading and exit 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi } from './slackHarness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/policy-bot.mjs', import.meta.url));

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<Exit>;
  /** Resolves with the first match of `pattern` on standard output; rejects if the process exits first. */
  waitForOutput(pattern: RegExp): Promise<RegExpExecArray>;
}

const started: ChildProcess[] = [];

/** The environment without any Slack or policy setting of the machine running the tests. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|POLICY_|PORT$|HOST$)/.test(k)));
  // POLICY_LOG goes with the rest of POLICY_*; keep the conversation log out of the checkout.
  return { ...env, POLICY_LOG: 'off', ...extra };
}

/** The bin as a user starts it, in its own process group so a test can signal the whole group. */
function startBin(args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: cleanEnv(env), detached: true });
  started.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const waitForOutput = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(out);
        if (!match) return;
        child.stdout!.off('data', check);
        resolve(match);
      };
      child.stdout!.on('data', check);
      void exit.then(({ code, signal }) => reject(new Error(`exited (${code ?? signal}) before ${pattern}: ${err}`)));
      check();
    });
  return { child, stdout: () => out, stderr: () => err, exit, waitForOutput };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** Whether `port` on 127.0.0.1 can be bound right now, i.e. nothing listens on it any more. */
async function canBind(port: number): Promise<boolean> {
  const server = createServer();
  const bound = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (bound) await new Promise((r) => server.close(r));
  return bound;
}

afterAll(() => {
  // Whatever a failing test left behind, wrapper and orphans alike: the whole group of each start.
  for (const child of started) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

// Each test starts the Slack bot, which takes seconds on a loaded machine.
describe('policy-bot slack, stopped by a signal to the bin', { timeout: 60_000 }, () => {
  let fake: FakeSlackApi;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
  });

  afterAll(async () => {
    await fake?.close();
  });

  async function startSlack(): Promise<{ run: Run; port: number }> {
    const port = await freePort();
    const run = startBin(['slack'], {
      SLACK_BOT_TOKEN: 'xoxb-signal-test',
      SLACK_SIGNING_SECRET: 'signal-test-secret',
      PORT: String(port),
      HOST: '127.0.0.1',
      SLACK_API_URL: fake.apiUrl,
    });
    await run.waitForOutput(/listening on http:/);
    expect(await canBind(port)).toBe(false);
    return { run, port };
  }

  it.each([
    ['SIGTERM to its pid', 'SIGTERM', 'pid'],
    ['SIGTERM to its process group', 'SIGTERM', 'group'],
    ['SIGINT to its pid', 'SIGINT', 'pid'],
    ['SIGINT to its process group', 'SIGINT', 'group'],
  ] as const)('%s: exits 0 and frees its port within 5 s', async (_name, signal, target) => {
    const { run, port } = await startSlack();
    const sent = Date.now();
    process.kill(target === 'group' ? -run.child.pid! : run.child.pid!, signal);
    const exit = await run.exit;
    const took = Date.now() - sent;
    expect(exit, run.stderr()).toEqual({ code: 0, signal: null });
    expect(took).toBeLessThan(5000);
    expect(await canBind(port)).toBe(true);
    expect(run.stdout()).toContain(`policy-bot slack: ${signal}, stopping`);
  });
});

describe('policy-bot ask --jsonl and the chat, stopped by a signal', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('ask --jsonl on %s: the answered line stays answered, then exit 0 with input still open', async (signal) => {
    const run = startBin(['ask', '--jsonl']);
    run.child.stdin!.write('{"user":"a","text":"第17条"}\n');
    await run.waitForOutput(/\n/);
    process.kill(run.child.pid!, signal);
    expect(await run.exit, run.stderr()).toEqual({ code: 0, signal: null });
    const lines = run.stdout().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).citations).toEqual(['item-17']);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('the chat on %s: exit 0 with input still open', async (signal) => {
    const run = startBin([]);
    run.child.stdin!.write('第十七条\n');
    await run.waitForOutput(/依据：第17条/);
    process.kill(run.child.pid!, signal);
    expect(await run.exit, run.stderr()).toEqual({ code: 0, signal: null });
  });
});

describe('the bin', () => {
  it('keeps the exit status of a usage error (2)', async () => {
    const run = startBin(['ask']);
    expect(await run.exit).toEqual({ code: 2, signal: null });
    expect(run.stderr()).toContain('Usage');
  });
});
