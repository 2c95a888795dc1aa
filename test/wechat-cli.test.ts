/**
 * `policy-bot wechat` as a process: the one-line refusal without settings, a clean stop on
 * SIGTERM / SIGINT once running (on wechaty-puppet-mock, so no network and no login), and a quiet
 * stop of a puppet that is failing to reach WeChat.
 *
 * Every step waits for what the bot prints or for its exit, never for a time: on a loaded 2-core
 * machine the bot takes anything from 2 to 30 s to start. The test timeout is only a backstop.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const BACKSTOP_MS = 180_000;

interface Exit { code: number | null; stdout: string; stderr: string }

/** Bots still running when a test ends (it failed): stopped with their process group. */
const running = new Set<ReturnType<typeof spawn>>();
afterEach(() => {
  for (const child of running) if (child.pid) process.kill(-child.pid, 'SIGKILL');
});

/** Runs the CLI; `until` decides from its stderr so far when to send `signal`. */
function policyBot(env: NodeJS.ProcessEnv, signal?: { name: NodeJS.Signals; until: (stderr: string) => boolean }): Promise<Exit> {
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('WECHATY_') && k !== 'POLICY_AS_OF'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/cli/main.ts', 'wechat'], {
    cwd: ROOT, env: { ...baseEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  let sent = false;
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (signal && !sent && signal.until(stderr)) {
      sent = true;
      child.kill(signal.name);
    }
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** A loopback port with nothing listening, to send a puppet's web traffic nowhere. */
async function deadPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('policy-bot wechat', () => {
  it('exits non-zero with one line saying what to set when no puppet is configured', async () => {
    const { code, stderr } = await policyBot({});
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('set WECHATY_PUPPET');
  }, BACKSTOP_MS);

  it('names the missing token of a puppet service on one line', async () => {
    const { code, stderr } = await policyBot({ WECHATY_PUPPET: 'wechaty-puppet-service' });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('WECHATY_PUPPET_SERVICE_TOKEN')]);
  }, BACKSTOP_MS);

  it.each(['SIGTERM', 'SIGINT'] as const)('starts on a puppet and stops cleanly on %s', async (name) => {
    const { code, stderr } = await policyBot(
      { WECHATY_PUPPET: 'wechaty-puppet-mock', POLICY_AS_OF: '2026-11-28' },
      { name, until: (err) => err.includes('waiting for login') },
    );
    expect(stderr).toContain(`${name} received; stopping`);
    expect(stderr).toMatch(/stopped\n$/);
    expect(code).toBe(0);
  }, BACKSTOP_MS);

  it('stops a puppet that cannot reach WeChat quietly: no stack traces, at most one line after "stopped"', async () => {
    // wechat4u's requests go through axios, which honours HTTPS_PROXY: a dead loopback port makes
    // every login attempt fail at once, as with no network, without the test touching the network.
    const proxy = `http://127.0.0.1:${await deadPort()}`;
    const failing = (err: string): boolean => err.includes('waiting for login') && /wechaty error/.test(err);
    const { code, stdout, stderr } = await policyBot(
      { WECHATY_PUPPET: 'wechaty-puppet-wechat4u', HTTPS_PROXY: proxy, HTTP_PROXY: proxy, https_proxy: proxy, http_proxy: proxy, NO_PROXY: '', no_proxy: '' },
      { name: 'SIGTERM', until: failing },
    );
    const output = stdout + stderr;
    expect(output).not.toContain('uncaughtException');
    expect(output).not.toMatch(/^\s+at /m);
    const after = stderr.slice(stderr.indexOf('stopped\n') + 'stopped\n'.length);
    expect(stderr).toContain('SIGTERM received; stopping');
    expect(after.split('\n').filter((l) => l.trim()).length).toBeLessThanOrEqual(1);
    expect(code).toBe(0);
  }, BACKSTOP_MS);
});
