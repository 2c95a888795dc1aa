/**
 * `policy-bot wechat` as a process: the one-line refusal without settings, and a clean stop on
 * SIGTERM / SIGINT once running (on wechaty-puppet-mock, so no network and no login).
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;

interface Exit { code: number | null; stdout: string; stderr: string }

/** Runs the CLI; `until` decides from its stderr so far when to send `signal`. */
function policyBot(env: NodeJS.ProcessEnv, signal?: { name: NodeJS.Signals; until: (stderr: string) => boolean }): Promise<Exit> {
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('WECHATY_') && k !== 'POLICY_AS_OF'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/cli/main.ts', 'wechat'], {
    cwd: ROOT, env: { ...baseEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
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
  const guard = setTimeout(() => child.kill('SIGKILL'), 25_000);
  return new Promise((resolve) => child.on('close', (code) => {
    clearTimeout(guard);
    resolve({ code, stdout, stderr });
  }));
}

describe('policy-bot wechat', () => {
  it('exits non-zero with one line saying what to set when no puppet is configured', async () => {
    const { code, stderr } = await policyBot({});
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('set WECHATY_PUPPET');
  });

  it('names the missing token of a puppet service on one line', async () => {
    const { code, stderr } = await policyBot({ WECHATY_PUPPET: 'wechaty-puppet-service' });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('WECHATY_PUPPET_SERVICE_TOKEN')]);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('starts on a puppet and stops cleanly on %s', async (name) => {
    const { code, stderr } = await policyBot(
      { WECHATY_PUPPET: 'wechaty-puppet-mock', POLICY_AS_OF: '2026-11-28' },
      { name, until: (err) => err.includes('waiting for login') },
    );
    expect(stderr).toContain(`${name} received; stopping`);
    expect(stderr).toMatch(/stopped\n$/);
    expect(code).toBe(0);
  });
});
