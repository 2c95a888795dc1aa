/**
 * Stopping (shutdown.ts, what the CLI runs on SIGTERM/SIGINT): no new work is taken, replies
 * already acknowledged are finished, and a reply that cannot be finished is given up after a
 * bounded wait and logged with its conversation key.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { shutDown } from '../adapters/slack/shutdown.js';
import { echoCore, keepingLogger } from './slackEcho.js';
import { appMention, eventEnvelope, postSigned, startBot, TEAM_ID, TEST_SIGNING_SECRET as SECRET, type RunningBot } from './slackHarness.js';

const mention = (ts: string) => eventEnvelope(appMention({ user: 'U1', channel: 'C1', text: '第9条', ts }));

async function untilAttempted(bot: RunningBot, ts: string): Promise<void> {
  while (!bot.fake.postAttempts().some((c) => c.args.thread_ts === ts)) await new Promise((r) => setTimeout(r, 10));
}

describe('shutDown', () => {
  let bot: RunningBot | undefined;

  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  it('refuses new requests with 503 and finishes the reply being posted', async () => {
    bot = await startBot(echoCore, { processBeforeResponse: false });
    const release = bot.fake.hold('chat.postMessage');
    expect((await postSigned(bot.events, SECRET, mention('1740000001.000100'))).status).toBe(200);
    await untilAttempted(bot, '1740000001.000100');
    let stopped = false;
    const stopping = shutDown(bot.bot, bot.server).then(() => (stopped = true));
    const late = await postSigned(bot.events, SECRET, mention('1740000002.000100')).then((r) => r.status, () => 'refused');
    expect([503, 'refused']).toContain(late);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(bot.fake.posts().map((p) => p.args.thread_ts)).toEqual(['1740000001.000100']);
  });

  it('gives up a reply that cannot be posted after a bounded wait, and logs its key', async () => {
    const { logger, lines } = keepingLogger();
    bot = await startBot(echoCore, { processBeforeResponse: false, logger, webApiTimeoutMs: 500 });
    bot.fake.hold('chat.postMessage');
    await postSigned(bot.events, SECRET, mention('1740000003.000100'));
    await untilAttempted(bot, '1740000003.000100');
    const started = Date.now();
    await shutDown(bot.bot, bot.server, 300);
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(lines.find((l) => l.includes('not delivered'))).toContain(`slack:${TEAM_ID}:U1:C1:1740000003.000100`);
  });
});
