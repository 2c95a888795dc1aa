/**
 * A stalled Web API: for 20 s it accepts every request and answers none (the hung requests stay
 * hung), then it answers again. Mentions keep being acknowledged meanwhile, and every reply
 * arrives within 15 s of the recovery, not five minutes later. Production settings throughout:
 * acknowledge first, a 5 s limit per Web API call, production backoff. Real Bolt HTTP receiver.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoCore } from './slackEcho.js';
import { appMention, BOT_ID, BOT_USER_ID, eventEnvelope, postSigned, startBot, TEST_SIGNING_SECRET as SECRET, type RunningBot } from './slackHarness.js';

/** The scenario; a stall shorter than a few call time limits would not test much. */
const STALL_MS = 20_000;
/** More than the Web API client's 100 request slots, which hung posts used to fill. */
const MENTIONS = 150;

describe('a stalled Slack Web API', () => {
  let bot: RunningBot;

  beforeAll(async () => {
    // With its ids given, as the CLI does after its own auth.test, so no event waits on auth.test.
    bot = await startBot(echoCore, { processBeforeResponse: false, bot: { botId: BOT_ID, botUserId: BOT_USER_ID } });
  });

  afterAll(async () => {
    await bot?.stop();
  });

  it(`delivers every reply within 15 s of the Web API answering again after ${STALL_MS / 1000} s`, async () => {
    const recovery = bot.fake.stall(STALL_MS);
    const threads = Array.from({ length: MENTIONS }, (_, i) => `17300${String(i).padStart(5, '0')}.000100`);
    const acks = await Promise.all(
      threads.map((ts, i) => postSigned(bot.events, SECRET, eventEnvelope(appMention({ user: `U${i}`, channel: 'C1', text: `第${i}问`, ts })))),
    );
    expect(acks.every((a) => a.status === 200)).toBe(true);
    expect(Date.now()).toBeLessThan(recovery);
    const posts = await bot.fake.waitForPosts(MENTIONS, STALL_MS + 30_000);
    expect(posts.map((p) => p.args.thread_ts).sort()).toEqual(threads);
    const lateness = Math.max(...posts.map((p) => p.answeredAt! - recovery));
    console.log(`stall: last reply ${(lateness / 1000).toFixed(1)} s after recovery; ${bot.fake.postAttempts().length} attempts for ${MENTIONS} replies`);
    expect(lateness).toBeLessThan(15_000);
  }, STALL_MS + 60_000);
});
