/**
 * A real redis-server for the tests, on a free loopback port, with persistence off. Tests that
 * need one use `describeRedis`: without redis-server they are skipped (test/redisSetup.ts prints
 * the one line saying so), except under CI=true, where they run and fail.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe } from 'vitest';

/** Whether redis-server can be started here (the binary is on PATH). */
export const HAVE_REDIS = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

/** Required under CI; otherwise run only where redis-server exists. */
export const describeRedis = HAVE_REDIS || process.env.CI === 'true' ? describe : describe.skip;

export interface TestRedis {
  port: number;
  url: string;
  /** SIGKILL, as a crash: nothing is flushed, clients see the connection drop. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: persistence is off). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** A port nothing listens on now (the kernel's pick, released at once). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

async function launch(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Ready when it says so on its log; an early exit (port taken) rejects.
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('Ready to accept connections')) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.resume();
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${seen.slice(-300)}`)));
  });
  return child;
}

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child = await launch(port);
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = once(child, 'exit');
    child.kill(signal);
    await gone;
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}/0`,
    kill: () => end('SIGKILL'),
    async restart() {
      child = await launch(port);
    },
    stop: () => end('SIGTERM'),
  };
}
