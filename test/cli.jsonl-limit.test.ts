/**
 * A 1 GB line streamed into the real `policy-bot ask --jsonl` leaves memory bounded, and the next
 * line is answered. The line is generated as it is written (one 1 MB buffer, written again and
 * again with back-pressure), never held whole by the test either.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/policy-bot.mjs', import.meta.url));

const MB = 1024 * 1024;
/** An acceptance bound, generous: the bot itself with nodejieba loaded takes some 100–300 MB. */
const RSS_LIMIT_MB = 400;

/**
 * The resident memory, in MB, of every process in process group `pgid`: the bot, and anything it
 * may have started to do its work (so a wrapper cannot hide the process that holds the memory).
 */
function groupRssMb(pgid: number): number {
  let kb = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command's closing parenthesis: state ppid pgrp ...
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      kb += Number(rss?.[1] ?? 0);
    } catch {
      // The process ended while being read.
    }
  }
  return kb / 1024;
}

describe('policy-bot ask --jsonl, a 1 GB line', () => {
  it(`keeps memory under ${RSS_LIMIT_MB} MB, refuses the line, and answers the next one`, async () => {
    const child = spawn(process.execPath, [bin, 'ask', '--jsonl'], { cwd: root, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // EPIPE if the bot dies mid-stream: the exit code and output below tell why.
    child.stdin.on('error', () => {});

    let maxRssMb = 0;
    const sample = () => (maxRssMb = Math.max(maxRssMb, groupRssMb(child.pid!)));
    const sampler = setInterval(sample, 100);
    try {
      const write = async (data: Buffer | string) => {
        if (!child.stdin.write(data)) {
          await new Promise<void>((resolve, reject) => {
            child.stdin.once('drain', resolve);
            void exit.then(() => reject(new Error(`exited while the line was streaming in: ${err}`)));
          });
        }
      };
      await write('{"user":"a","text":"');
      const block = Buffer.alloc(MB, 'x');
      for (let i = 0; i < 1024; i++) await write(block);
      await write('"}\n{"user":"b","text":"第17条"}\n');
      child.stdin.end();
      expect(await exit, err).toBe(0);
    } finally {
      clearInterval(sampler);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    sample();
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].error.code).toBe('line_too_long');
    expect(lines[1].citations).toEqual(['item-17']);
    expect(maxRssMb).toBeGreaterThan(0);
    expect(maxRssMb, `peak RSS ${maxRssMb.toFixed(0)} MB`).toBeLessThan(RSS_LIMIT_MB);
  }, 180_000);
});
