/**
 * A burst: 2,000 mentions, 100 at a time, against the real bot (`policy-bot slack` in its own
 * process, HTTP mode on loopback, the real core, the production setting: acknowledge first, then
 * answer). Every request must be acknowledged within Slack's 3 seconds, and every mention
 * answered in its own thread. Then the same property with a core slow enough that answering
 * before the next ack would break it. The load comes from a third process. The figures
 * themselves (p50/p99, throughput) are measured by `npm run bench:slack`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionBurstInChild, percentile } from './slackBurst.js';
import { killAll, startHttpCli, stopGroup, type CliRun } from './slackCli.js';
import { echoCore } from './slackEcho.js';
import { BOT_ID, BOT_USER_ID, startBot, startFakeSlackApi, TEST_SIGNING_SECRET as SECRET_IN_PROCESS, type FakeSlackApi, type RunningBot } from './slackHarness.js';

const COUNT = 2_000;
const CONCURRENCY = 100;
const SECRET = 'burst-signing-secret';

describe('a burst of mentions', () => {
  let fake: FakeSlackApi;
  let run: CliRun;
  let url: string;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    ({ run, url } = await startHttpCli({ SLACK_BOT_TOKEN: 'xoxb-burst', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, POLICY_AS_OF: '2026-11-28' }));
  }, 60_000);

  afterAll(async () => {
    killAll();
    await fake?.close();
  });

  it(`acknowledges each of ${COUNT} mentions (${CONCURRENCY} at a time) within 3 s, then answers them all`, async () => {
    const { ackMs, statuses, threads } = await mentionBurstInChild(url, SECRET, COUNT, CONCURRENCY);
    const posts = await fake.waitForPosts(COUNT, 120_000);
    console.log(`burst: ack p50 ${percentile(ackMs, 50).toFixed(0)} ms, p99 ${percentile(ackMs, 99).toFixed(0)} ms, max ${Math.max(...ackMs).toFixed(0)} ms`);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(ackMs.filter((ms) => ms >= 3_000)).toEqual([]);
    expect(posts.map((p) => p.args.thread_ts).sort()).toEqual([...threads].sort());
    stopGroup(run.child, 'SIGTERM');
    expect(await run.exit).toBe(0);
  }, 180_000);
});

describe('a burst of mentions with a slow core', () => {
  /** 40 ms of synchronous work per answer: a core (or a machine) several times slower than today's. */
  const ANSWER_MS = 40;
  const slowCore: typeof echoCore = (user, text, options) => {
    const end = performance.now() + ANSWER_MS;
    while (performance.now() < end) {
      // Busy: the core is synchronous, and this is what answering costs the event loop.
    }
    return echoCore(user, text, options);
  };
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBot(slowCore, { processBeforeResponse: false, bot: { botId: BOT_ID, botUserId: BOT_USER_ID } });
  });

  afterAll(async () => {
    await bot?.stop();
  });

  // Answered straight after each ack, 100 such answers would queue up to 4 s in front of the
  // next ack; one at a time between acks, an ack waits for at most one.
  it(`acknowledges each of 500 mentions (100 at a time) within 3 s though each answer takes ${ANSWER_MS} ms`, async () => {
    const { ackMs, statuses } = await mentionBurstInChild(bot.events, SECRET_IN_PROCESS, 500, CONCURRENCY);
    await bot.fake.waitForPosts(500, 120_000);
    console.log(`slow-core burst: ack p50 ${percentile(ackMs, 50).toFixed(0)} ms, p99 ${percentile(ackMs, 99).toFixed(0)} ms, max ${Math.max(...ackMs).toFixed(0)} ms`);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(ackMs.filter((ms) => ms >= 3_000)).toEqual([]);
  }, 180_000);
});
