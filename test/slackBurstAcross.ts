/**
 * A burst of signed app_mention requests spread round-robin over several bot instances, run in
 * its own process (as mentionBurstInChild does for one instance), so the load generator's work
 * is not counted as the bots'. Prints the BurstResult as JSON. Used by test/slack.redis.test.ts
 * and bench/slackRedis.ts.
 *
 * node --import tsx test/slackBurstAcross.ts <secret> <count> <concurrency> <prefix> <events url>...
 */
import { spawn } from 'node:child_process';
import { Agent } from 'node:http';
import { appMention, eventEnvelope } from './slackRequests.js';
import { postSigned, type BurstResult } from './slackBurst.js';

/** Mention i goes to instance i mod n; each starts its own thread (ts) with its own event id. */
export async function burstAcross(urls: string[], secret: string, count: number, concurrency: number, prefix: string): Promise<BurstResult & { resent: number }> {
  const targets = urls.map((u) => new URL(u));
  const agents = targets.map(() => new Agent({ keepAlive: true, maxSockets: concurrency }));
  const ackMs: number[] = new Array(count);
  const statuses: number[] = new Array(count);
  const threads = Array.from({ length: count }, (_, i) => `1730${String(i).padStart(6, '0')}.${prefix.charCodeAt(0)}`);
  const bodies = threads.map((ts, i) => eventEnvelope(appMention({ user: `U${prefix}${i}`, channel: 'CBURST', text: '博士购房补贴最多多少', ts }), `Ev${prefix}${i}`));
  // Connections opened before the clock starts (url_verification never reaches the core).
  await Promise.all(
    Array.from({ length: concurrency }, (_, i) =>
      postSigned(targets[i % targets.length]!, agents[i % targets.length]!, secret, JSON.stringify({ token: 't', challenge: `warm-${i}`, type: 'url_verification' }))),
  );
  let next = 0;
  let resent = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const started = performance.now();
      // A connection reset by a kept-alive socket closing is answered as Slack answers it: the
      // same event sent again (the bots must then answer it once).
      for (let attempt = 1; ; attempt += 1) {
        try {
          statuses[i] = await postSigned(targets[i % targets.length]!, agents[i % targets.length]!, secret, bodies[i]!);
          break;
        } catch (err) {
          if (attempt >= 3) throw err;
          resent += 1;
        }
      }
      ackMs[i] = performance.now() - started;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const totalMs = performance.now() - started;
  for (const agent of agents) agent.destroy();
  return { ackMs, statuses, threads, totalMs, resent };
}

/** burstAcross in a child process; resolves with its result. */
export function burstAcrossInChild(urls: string[], secret: string, count: number, concurrency: number, prefix: string): Promise<BurstResult & { resent: number }> {
  const script = new URL(import.meta.url).pathname;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, secret, String(count), String(concurrency), prefix, ...urls], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as BurstResult & { resent: number }) : reject(new Error(`burst process exited ${code}`))));
  });
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const [secret, count, concurrency, prefix, ...urls] = process.argv.slice(2);
  const result = await burstAcross(urls, secret!, Number(count), Number(concurrency), prefix!);
  process.stdout.write(JSON.stringify(result));
}
