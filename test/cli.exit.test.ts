/**
 * The terminal chat ends on `退出`, `exit` or `quit` alone on a line, with exit 0, even while its
 * standard input stays open (a person at a terminal never sends end of input).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/policy-bot.mjs', import.meta.url));

const running = new Set<ReturnType<typeof spawn>>();
// A chat that never ends (the failure this file tests for) is stopped, not left behind.
afterEach(() => {
  for (const child of running) child.kill();
  running.clear();
});

/** Runs the chat, writes the lines, leaves standard input open, and waits for the process to end. */
function chat(lines: string[]): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, [bin], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stdin.write(lines.map((l) => `${l}\n`).join(''));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout })));
}

describe('policy-bot chat: exit words', () => {
  it.each(['退出', 'exit', 'quit'])('ends on "%s" with exit 0, stdin still open', async (word) => {
    const r = await chat(['第十七条', word, '第九条']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('第17条');
    // Nothing after the exit word is answered.
    expect(r.stdout).not.toContain('加强成果转化激励');
  }, 60000);

  it('answers a question that merely contains 退出', async () => {
    const r = await chat(['退出孵化器还能拿奖励吗', 'quit']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('孵化器');
  }, 60000);
});
