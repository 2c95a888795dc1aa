/**
 * The Slack bot under load (npm run bench:slack, and a section of npm run bench): the real
 * `policy-bot slack` in its own process, HTTP mode on loopback, its Web API a local fake in
 * this process.
 *   1. a burst of 2,000 signed mentions, 100 at a time: acknowledgement p50/p99/max, and how
 *      long until every reply was posted (replies per second);
 *   2. 200 unsigned 4 MB bodies at once: every one refused (413), and the bot's RSS before,
 *      at its peak, and after.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { mentionBurstInChild, percentile } from '../test/slackBurst.js';
import { startHttpCli, stopGroup } from '../test/slackCli.js';
import { startFakeSlackApi } from '../test/slackFakeApi.js';

const MENTIONS = 2_000;
const CONCURRENCY = 100;
const BIG_BODIES = 200;
const BIG_BODY_BYTES = 4 * 1024 * 1024;
const SECRET = 'bench-signing-secret';

const ms = (n: number) => `${n.toFixed(0)} ms`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/** The process's resident set in kB, from /proc (Linux). */
function rssKb(pid: number): number {
  const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : Number.NaN;
}

/** POSTs `size` bytes (declared with Content-Length, unsigned); resolves with the status, 0 if the connection failed. */
function postBig(url: string, size: number): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(size) } });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

async function main(): Promise<void> {
  console.log('\nSlack bot — HTTP mode, own process, loopback');
  const fake = await startFakeSlackApi();
  const { run, url } = await startHttpCli({ SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, POLICY_AS_OF: '2026-11-28' });
  const pid = run.child.pid!;
  try {
    const started = performance.now();
    const burst = await mentionBurstInChild(url, SECRET, MENTIONS, CONCURRENCY);
    await fake.waitForPosts(MENTIONS, 300_000);
    const allPosted = performance.now() - started;
    const late = burst.ackMs.filter((a) => a >= 3000).length;
    console.log(`  burst of ${MENTIONS} mentions, ${CONCURRENCY} at a time (real core, acknowledge first):`);
    console.log(`    ack p50 ${ms(percentile(burst.ackMs, 50))}, p99 ${ms(percentile(burst.ackMs, 99))}, max ${ms(Math.max(...burst.ackMs))}; over 3 s: ${late}; not 200: ${burst.statuses.filter((s) => s !== 200).length}`);
    console.log(`    all acked in ${ms(burst.totalMs)} (${(MENTIONS / (burst.totalMs / 1000)).toFixed(0)} requests/s); all ${MENTIONS} replies posted in ${ms(allPosted)} (${(MENTIONS / (allPosted / 1000)).toFixed(0)} replies/s)`);

    const before = rssKb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssKb(pid))), 20);
    const statuses = await Promise.all(Array.from({ length: BIG_BODIES }, () => postBig(url, BIG_BODY_BYTES)));
    clearInterval(sampler);
    const after = rssKb(pid);
    const refused = statuses.filter((s) => s === 413).length;
    console.log(`  ${BIG_BODIES} unsigned ${BIG_BODY_BYTES / 1024 / 1024} MB bodies at once: ${refused} refused with 413${refused < BIG_BODIES ? ` (others: ${[...new Set(statuses.filter((s) => s !== 413))].join(', ')})` : ''}`);
    console.log(`    bot RSS ${mb(before)} before, ${mb(peak)} peak, ${mb(after)} after`);
  } finally {
    stopGroup(run.child, 'SIGTERM');
    await run.exit;
    await fake.close();
  }
}

await main();
