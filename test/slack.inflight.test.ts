/**
 * Posts in flight, and what a post that timed out costs (issue 13's burst found 53 replies posted
 * twice beside three CPU hogs). A post that timed out may have reached Slack, and is retried, so
 * its reply can show twice: the bot says so in its log. So that a time-out means a Web API that
 * hangs and not one queueing the bot's own burst, only a few posts are in flight at a time, and
 * the others wait in the client's queue, where no time limit runs. Real Bolt HTTP receiver.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WEB_API_DEFAULTS } from '../adapters/slack/webClientOptions.js';
import { echoCore, keepingLogger } from './slackEcho.js';
import { appMention, BOT_ID, BOT_USER_ID, eventEnvelope, postSigned, startBot, TEST_SIGNING_SECRET as SECRET, type RunningBot } from './slackHarness.js';

const mention = (i: number) => eventEnvelope(appMention({ user: `U${i}`, channel: 'C1', text: `第${i}问`, ts: `17400${String(i).padStart(5, '0')}.000100` }));

describe('posts in flight', () => {
  let bot: RunningBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  it(`keeps at most ${WEB_API_DEFAULTS.maxRequestConcurrency} posts in flight; the others wait their turn and are delivered once`, async () => {
    // A time limit no hold here comes near, however loaded the machine: no post is retried.
    bot = await startBot(echoCore, { processBeforeResponse: false, webApiTimeoutMs: 120_000, bot: { botId: BOT_ID, botUserId: BOT_USER_ID } });
    const release = bot.fake.hold('chat.postMessage');
    const count = 3 * WEB_API_DEFAULTS.maxRequestConcurrency;
    const acks = Promise.all(Array.from({ length: count }, (_, i) => postSigned(bot!.events, SECRET, mention(i))));
    await bot.fake.waitUntil('the first posts to arrive', () => bot!.fake.postAttempts().length >= WEB_API_DEFAULTS.maxRequestConcurrency, 30_000);
    await acks;
    // Every reply is under way now; one beyond the slots would arrive within this second.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(bot.fake.postAttempts()).toHaveLength(WEB_API_DEFAULTS.maxRequestConcurrency);
    release();
    const posts = await bot.fake.waitForPosts(count, 30_000);
    await bot.bot.outbox.drain(10_000);
    expect(bot.fake.postAttempts()).toHaveLength(count);
    expect(new Set(posts.map((p) => p.args.thread_ts)).size).toBe(count);
  }, 60_000);

  it('retries a post that timed out, and logs that its reply may show twice', async () => {
    const { lines, logger } = keepingLogger();
    bot = await startBot(echoCore, { logger, webApiTimeoutMs: 300, retry: { baseDelayMs: 50 }, bot: { botId: BOT_ID, botUserId: BOT_USER_ID } });
    const release = bot.fake.hold('chat.postMessage');
    const acked = postSigned(bot.events, SECRET, mention(1));
    // The first post reached the fake and waits there past its time limit; the retry is held too.
    await bot.fake.waitUntil('the retry', () => bot!.fake.postAttempts().length >= 2, 10_000);
    release();
    await acked;
    // Both reached "Slack": the reply shows twice, and the log says it may.
    expect(bot.fake.posts()).toHaveLength(2);
    expect(lines.filter((l) => l.includes('may show twice'))).toEqual([expect.stringMatching(/delivered at attempt 2 \(after timed out\); it may show twice/)]);
  }, 30_000);
});
