/**
 * A puppet service that rejects the token, for real: wechaty-puppet-service's own PuppetServer
 * (what providers run) on a loopback port, over its default TLS, in front of wechaty-puppet-mock.
 * The published CLI connects to it with a wrong token; its server answers UNAUTHENTICATED with
 * the token quoted in the error, as a provider's would.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PuppetServer } from 'wechaty-puppet-service';
import { PuppetMock } from 'wechaty-puppet-mock';

const ROOT = new URL('..', import.meta.url).pathname;
// The part before the last "_" is the TLS server name: "insecure" matches the certificate
// wechaty-puppet-service ships for self-hosted servers, so the client's TLS check passes.
const GOOD_TOKEN = `insecure_${randomUUID()}`;
const BAD_SECRET = randomUUID();
const BAD_TOKEN = `insecure_${BAD_SECRET}`;
/** Generous: on a loaded 2-core machine the bot alone takes 20 s to reach the service. */
const BOUND_MS = 120_000;

interface Exit { code: number | null; signal: NodeJS.Signals | null; output: string; stderr: string }

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * `node bin/policy-bot.mjs wechat` against the service. It must end by itself; should it instead
 * claim to wait for a login (today's behaviour), it is stopped at once and the test fails on that.
 */
function policyBot(endpoint: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<Exit> {
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('WECHATY_') && k !== 'POLICY_AS_OF'));
  const child = spawn(process.execPath, ['bin/policy-bot.mjs', 'wechat'], {
    cwd: ROOT,
    env: {
      ...baseEnv,
      WECHATY_PUPPET: 'wechaty-puppet-service',
      WECHATY_PUPPET_SERVICE_TOKEN: BAD_TOKEN,
      WECHATY_PUPPET_SERVICE_ENDPOINT: endpoint,
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the bot under the bin's wrapper can be stopped with it.
    detached: true,
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let output = '';
  let stderr = '';
  const stopIfWaiting = (): void => {
    if (output.includes('waiting for login') && child.pid) process.kill(-child.pid, 'SIGKILL');
  };
  child.stdout.on('data', (d: Buffer) => { output += d.toString(); stopIfWaiting(); });
  child.stderr.on('data', (d: Buffer) => { output += d.toString(); stderr += d.toString(); stopIfWaiting(); });
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, output, stderr })));
}

/** Bots still running when a test ends (it failed or timed out): stopped with their group. */
const running = new Set<ReturnType<typeof spawn>>();
afterEach(() => {
  for (const child of running) if (child.pid) process.kill(-child.pid, 'SIGKILL');
});

let server: PuppetServer;
let endpoint = '';
beforeAll(async () => {
  endpoint = `127.0.0.1:${await freePort()}`;
  server = new PuppetServer({ endpoint, puppet: new PuppetMock(), token: GOOD_TOKEN });
  await server.start();
});
afterAll(async () => {
  await server?.stop();
});

describe('policy-bot wechat with a token the puppet service rejects', () => {
  it('stops with exit 2 and one line naming WECHATY_PUPPET_SERVICE_TOKEN, never printing the token', async () => {
    const { code, output, stderr } = await policyBot(endpoint);
    expect(output).not.toContain(BAD_SECRET);
    expect(output).not.toContain('waiting for login');
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('rejected WECHATY_PUPPET_SERVICE_TOKEN')]);
    expect(code).toBe(2);
  }, BOUND_MS);

  it('keeps the token out of Wechaty\'s own verbose log too', async () => {
    // At verbose, Wechaty's puppet service logs its token and endpoint as it connects.
    const { code, output } = await policyBot(endpoint, { WECHATY_LOG: 'verbose' });
    expect(output).toContain('GrpcManager'); // the verbose log was on
    expect(output).not.toContain(BAD_SECRET);
    expect(output).toContain('rejected WECHATY_PUPPET_SERVICE_TOKEN');
    expect(code).toBe(2);
  }, BOUND_MS);
});
