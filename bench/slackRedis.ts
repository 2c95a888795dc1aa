/**
 * Two Slack bot instances on one Redis (issue 13; npm run bench:redis, and a section of npm run
 * bench when redis-server is installed): two `policy-bot slack` processes, HTTP mode on loopback,
 * sharing a redis-server of their own (persistence off), posting to one fake Web API.
 *   1. 2,000 signed mentions, 100 at a time, spread over both: ack p50/p99/max, requests/s, how
 *      long until every reply was posted, and lost / duplicated / out-of-thread replies;
 *   2. Redis killed, one mention to each instance answered meanwhile, Redis restarted: how long
 *      until both instances use it again.
 */
import { spawnSync } from 'node:child_process';
import { percentile } from '../test/slackBurst.js';
import { burstAcrossInChild } from '../test/slackBurstAcross.js';
import { startHttpCli, stopGroup, until, type CliRun } from '../test/slackCli.js';
import { startFakeSlackApi } from '../test/slackFakeApi.js';
import { appMention, eventEnvelope, postSigned } from '../test/slackRequests.js';
import { startRedis } from '../test/redisServer.js';

const MENTIONS = 2_000;
const CONCURRENCY = 100;
const SECRET = 'bench-signing-secret';
const BACK = 'is back; state is shared again';
const ms = (n: number) => `${n.toFixed(0)} ms`;

async function main(): Promise<void> {
  console.log('\nSlack bot — two instances on one Redis, HTTP mode, own processes, loopback');
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.log('  skipped: redis-server is not installed (apt-get install redis-server)');
    return;
  }
  const redis = await startRedis();
  const fake = await startFakeSlackApi();
  const env = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, POLICY_AS_OF: '2026-11-28', REDIS_URL: redis.url };
  const instances: { run: CliRun; url: string }[] = await Promise.all([startHttpCli(env), startHttpCli(env)]);
  try {
    const started = performance.now();
    const burst = await burstAcrossInChild(instances.map((i) => i.url), SECRET, MENTIONS, CONCURRENCY, 'R');
    const posts = await fake.waitForPosts(MENTIONS, 300_000);
    const allPosted = performance.now() - started;
    const perThread = new Map<unknown, number>();
    for (const p of posts) perThread.set(p.args.thread_ts, (perThread.get(p.args.thread_ts) ?? 0) + 1);
    const lost = burst.threads.filter((t) => !perThread.has(t)).length;
    const twice = [...perThread.values()].filter((n) => n > 1).length;
    const elsewhere = [...perThread.keys()].filter((t) => !burst.threads.includes(String(t))).length;
    console.log(`  burst of ${MENTIONS} mentions, ${CONCURRENCY} at a time, alternating between 2 instances:`);
    console.log(`    ack p50 ${ms(percentile(burst.ackMs, 50))}, p99 ${ms(percentile(burst.ackMs, 99))}, max ${ms(Math.max(...burst.ackMs))}; not 200: ${burst.statuses.filter((s) => s !== 200).length}; resent after a reset connection: ${burst.resent}`);
    console.log(`    all acked in ${ms(burst.totalMs)} (${(MENTIONS / (burst.totalMs / 1000)).toFixed(0)} requests/s); all replies posted in ${ms(allPosted)} (${(MENTIONS / (allPosted / 1000)).toFixed(0)} replies/s)`);
    console.log(`    lost ${lost}, answered twice ${twice}, outside their own thread ${elsewhere}`);

    await redis.kill();
    const answered: number[] = [];
    for (const [i, instance] of instances.entries()) {
      const before = fake.posts().length;
      const t0 = performance.now();
      await postSigned(instance.url, SECRET, eventEnvelope(appMention({ user: `UDOWN${i}`, channel: 'CDOWN', text: '第十七条', ts: `1740000000.00000${i}` }), `EvDown${i}`));
      await fake.waitForPosts(before + 1, 60_000);
      answered.push(performance.now() - t0);
    }
    const restarted = performance.now();
    await redis.restart();
    await until('both instances back on Redis', () => (instances.every((i) => i.run.stderr().includes(BACK)) ? true : undefined), 60_000);
    const outageLines = instances.map((i) => i.run.stderr().split('\n').filter((l) => l.includes('cannot be reached')).length);
    console.log(`  Redis killed: a mention to each instance answered in ${answered.map(ms).join(' and ')} (on its own); warnings: ${outageLines.join(' and ')} line(s)`);
    console.log(`    Redis restarted: both instances shared again ${ms(performance.now() - restarted)} after the restart`);
  } finally {
    for (const i of instances) stopGroup(i.run.child, 'SIGTERM');
    await Promise.all(instances.map((i) => i.run.exit));
    await fake.close();
    await redis.stop();
  }
}

await main();
