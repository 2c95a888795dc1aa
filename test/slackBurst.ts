/**
 * A burst of signed app_mention requests, `concurrency` at a time over kept-alive connections,
 * each timed from sending to its HTTP response (Slack's acknowledgement). Used by
 * test/slack.burst.test.ts and bench/slack.ts, against the bot in its own process: in one
 * process with the bot, the load generator's own work would be measured as the bot's.
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { appMention, eventEnvelope, sign } from './slackRequests.js';

export interface BurstResult {
  /** Milliseconds from sending each request to its response, in request order. */
  ackMs: number[];
  statuses: number[];
  /** Thread ts of each mention, to match the replies. */
  threads: string[];
  /** Milliseconds from the first request to the last response. */
  totalMs: number;
}

/** One signed POST of `body` to the events URL; resolves with the status once the response has ended. */
export function postSigned(url: URL, agent: Agent, secret: string, body: string): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      agent,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': sign(secret, timestamp, body),
      },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** `prefix` keeps the event ids and threads of two bursts apart. */
export async function mentionBurst(events: string, secret: string, count: number, concurrency: number, prefix = 'B', text = '博士购房补贴最多多少'): Promise<BurstResult> {
  const url = new URL(events);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const ackMs: number[] = new Array(count);
  const statuses: number[] = new Array(count);
  const threads = Array.from({ length: count }, (_, i) => `1710${String(i).padStart(6, '0')}.${prefix.charCodeAt(0)}`);
  // Bodies are built before the clock starts.
  const bodies = threads.map((ts, i) => eventEnvelope(appMention({ user: `U${prefix}${i}`, channel: 'CBURST', text, ts }), `Ev${prefix}${i}`));
  // Open the connections before the clock starts (url_verification is answered without the
  // core): on a busy machine, setting up 100 TCP connections at once can itself take seconds,
  // and that is the machine's time, not the bot's.
  await Promise.all(
    Array.from({ length: concurrency }, (_, i) => postSigned(url, agent, secret, JSON.stringify({ token: 't', challenge: `warm-${i}`, type: 'url_verification' }))),
  );
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const started = performance.now();
      statuses[i] = await postSigned(url, agent, secret, bodies[i]!);
      ackMs[i] = performance.now() - started;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const totalMs = performance.now() - started;
  agent.destroy();
  return { ackMs, statuses, threads, totalMs };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Runs mentionBurst in a child process and resolves with its result. The load generator then
 * has its own event loop: sharing one with the fake Web API, which receives the bot's replies
 * at the same time, would delay reading the acks and count that delay against the bot.
 */
export function mentionBurstInChild(events: string, secret: string, count: number, concurrency: number, prefix = 'B'): Promise<BurstResult> {
  const script = new URL('./slackBurstMain.ts', import.meta.url).pathname;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, events, secret, String(count), String(concurrency), prefix], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as BurstResult) : reject(new Error(`burst process exited ${code}`))));
  });
}
