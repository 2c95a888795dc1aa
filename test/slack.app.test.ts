/**
 * The Slack adapter through the real Bolt HTTP receiver: signed requests in Slack's real shapes
 * go to 127.0.0.1, the Web API is a local fake, and what the bot posts is checked.
 * processBeforeResponse is on, so when a request returns, its work is done.
 */
import { LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer, Respond } from '../src/answer/types.js';
import {
  appMention,
  BOT_ID,
  BOT_USER_ID,
  eventEnvelope,
  imMessage,
  postedText,
  postSigned,
  slashCommand,
  startBot,
  TEAM_ID,
  TEST_SIGNING_SECRET,
  type FakeSlackApi,
  type RunningBot,
} from './slackHarness.js';

const SECRET = TEST_SIGNING_SECRET;

/** A core double that records what the adapter asks; its answer echoes the question. */
function recordingCore() {
  const asked: { user: string; text: string; asOf: string | undefined }[] = [];
  let failNext = false;
  const respond: Respond = (user, text, options) => {
    asked.push({ user, text, asOf: options?.asOf });
    if (failNext) {
      failNext = false;
      throw new Error('core exploded');
    }
    const answer: Answer = {
      user,
      answer: `答：${text} <b> & co`,
      citations: ['item-17'],
      amounts: [{ yuan: 120000, per: 'once', cap: true, entitlement: 'phd-first-home' }],
      outOfScope: false,
      followUp: [],
      validity: { from: '2019-07-04', to: '2021-12-31', inForce: false, asOf: options?.asOf ?? '2026-11-28' },
    };
    return answer;
  };
  return { respond, asked, failOnce: () => (failNext = true) };
}

describe('Slack adapter over the Bolt HTTP receiver', () => {
  let bot: RunningBot;
  let fake: FakeSlackApi;
  let events: string;
  let atStart: string[];
  const core = recordingCore();
  const logged: string[] = [];
  const logger = {
    debug: () => {},
    info: () => {},
    warn: (...m: unknown[]) => void logged.push(m.join(' ')),
    error: (...m: unknown[]) => void logged.push(m.join(' ')),
    setLevel: () => {},
    getLevel: () => LogLevel.WARN,
    setName: () => {},
  };

  beforeAll(async () => {
    bot = await startBot(core.respond, { logger, asOf: '2026-11-28' });
    ({ fake, events } = bot);
    // Bolt's auth.test at construction runs in the background; let it land before the log is cleared.
    await vi.waitFor(() => expect(fake.calls.length).toBeGreaterThan(0));
    atStart = fake.calls.map((c) => `${c.method} ${c.authorization}`);
  });

  afterAll(async () => {
    await bot?.stop();
  });

  beforeEach(() => {
    fake.calls.length = 0;
    core.asked.length = 0;
    logged.length = 0;
  });

  describe('start', () => {
    it('asks the fake Web API (auth.test) for its own ids when none are given', () => {
      expect(atStart).toEqual(['auth.test Bearer xoxb-test']);
    });
  });

  describe('url_verification', () => {
    it('echoes the challenge', async () => {
      const body = JSON.stringify({ token: 't', challenge: 'c-123', type: 'url_verification' });
      const res = await postSigned(events, SECRET, body);
      expect(res.status).toBe(200);
      expect(res.text).toContain('c-123');
    });
  });

  describe('app_mention', () => {
    it('answers in a thread started at the mention, without the mention in the question', async () => {
      const res = await postSigned(events, SECRET, eventEnvelope(appMention({ user: 'U1', channel: 'C1', text: '博士购房补贴最多多少', ts: '1700000001.000100' })));
      expect(res.status).toBe(200);
      const [post] = fake.posts();
      expect(post?.args).toMatchObject({ channel: 'C1', thread_ts: '1700000001.000100' });
      expect(post?.authorization).toBe('Bearer xoxb-test');
      expect(core.asked).toEqual([{ user: `slack:${TEAM_ID}:U1:C1:1700000001.000100`, text: '博士购房补贴最多多少', asOf: '2026-11-28' }]);
    });

    it('posts Block Kit with escaped text, the amount, the citation and a fallback', async () => {
      await postSigned(events, SECRET, eventEnvelope(appMention({ user: 'U1', channel: 'C1', text: 'a &lt; b', ts: '1700000002.000100' })));
      const [post] = fake.posts();
      expect(core.asked[0]?.text).toBe('a < b');
      expect(post?.args.text).toBe('答：a &lt; b &lt;b&gt; &amp; co');
      const text = postedText(post!);
      expect(text).toContain('最高12万元');
      expect(text).toContain('第17条 · 牵头单位：');
      expect(text).not.toMatch(/<b>/);
    });

    it('continues the conversation for a follow-up in the same thread', async () => {
      const root = '1700000003.000100';
      await postSigned(events, SECRET, eventEnvelope(appMention({ user: 'U1', channel: 'C1', text: '我是博士', ts: root })));
      await postSigned(events, SECRET, eventEnvelope(appMention({ user: 'U1', channel: 'C1', text: '全日制的', ts: '1700000004.000100', thread_ts: root })));
      await postSigned(events, SECRET, eventEnvelope(appMention({ user: 'U2', channel: 'C1', text: '我呢', ts: '1700000005.000100', thread_ts: root })));
      const [first, second, other] = core.asked.map((a) => a.user);
      expect(second).toBe(first);
      expect(other).not.toBe(first);
      expect(fake.posts().map((p) => p.args.thread_ts)).toEqual([root, root, root]);
    });
  });

  describe('message.im', () => {
    it('answers a direct message in the DM, keyed by user and channel', async () => {
      await postSigned(events, SECRET, eventEnvelope(imMessage({ user: 'U3', channel: 'D3', text: '第十七条', ts: '1700000010.000100' })));
      const [post] = fake.posts();
      expect(post?.args.channel).toBe('D3');
      expect(post?.args.thread_ts).toBeUndefined();
      expect(core.asked).toEqual([{ user: `slack:${TEAM_ID}:U3:D3`, text: '第十七条', asOf: '2026-11-28' }]);
    });

    it('leaves channel messages to app_mention, so a mention is never answered twice', async () => {
      const inChannel = { ...imMessage({ user: 'U3', channel: 'C3', text: `<@${BOT_USER_ID}> 第9条`, ts: '1700000012.000100' }), channel_type: 'channel' };
      await postSigned(events, SECRET, eventEnvelope(inChannel));
      expect(fake.posts()).toHaveLength(0);
    });

    it('ignores edits and other message subtypes', async () => {
      const edit = { ...imMessage({ user: 'U3', channel: 'D3', text: 'x', ts: '1700000011.000100' }), subtype: 'message_changed' };
      await postSigned(events, SECRET, eventEnvelope(edit));
      expect(fake.posts()).toHaveLength(0);
      expect(core.asked).toHaveLength(0);
    });
  });

  describe('/policy', () => {
    it('acknowledges at once with an empty body and answers ephemerally through response_url', async () => {
      const body = slashCommand({ user: 'U4', channel: 'C4', text: '博士购房补贴最多多少', responseUrl: fake.responseUrl('cmd-1') });
      const res = await postSigned(events, SECRET, body, { contentType: 'application/x-www-form-urlencoded' });
      expect(res.status).toBe(200);
      expect(res.text).toBe('');
      const [post] = fake.posts();
      expect(post?.method).toBe('response_url');
      expect(post?.args.response_type).toBe('ephemeral');
      expect(postedText(post!)).toContain('问：博士购房补贴最多多少');
      expect(core.asked[0]?.user).toBe(`slack:${TEAM_ID}:U4:C4`);
    });
  });

  describe('retries and echoes', () => {
    it('does not answer a Slack retry of an event it already handled', async () => {
      const body = eventEnvelope(appMention({ user: 'U5', channel: 'C5', text: '第9条', ts: '1700000020.000100' }), 'EvRETRY0001');
      expect((await postSigned(events, SECRET, body)).status).toBe(200);
      const retry = await postSigned(events, SECRET, body, { retryNum: 1 });
      expect(retry.status).toBe(200);
      expect(fake.posts()).toHaveLength(1);
      expect(core.asked).toHaveLength(1);
    });

    it('answers a retry whose first delivery never reached it', async () => {
      const body = eventEnvelope(appMention({ user: 'U5', channel: 'C5', text: '第9条', ts: '1700000021.000100' }), 'EvRETRY0002');
      await postSigned(events, SECRET, body, { retryNum: 2 });
      expect(fake.posts()).toHaveLength(1);
    });

    it('ignores its own posts and other bots', async () => {
      const own = { ...imMessage({ user: BOT_USER_ID, channel: 'D6', text: '答：…', ts: '1700000030.000100' }), bot_id: BOT_ID };
      const otherBot = { ...imMessage({ user: 'UOTHER', channel: 'D6', text: 'hi', ts: '1700000031.000100' }), subtype: 'bot_message', bot_id: 'BOTHER' };
      const botMention = { ...appMention({ user: 'UOTHER', channel: 'C6', text: '第9条', ts: '1700000032.000100' }), bot_id: 'BOTHER' };
      for (const event of [own, otherBot, botMention]) {
        expect((await postSigned(events, SECRET, eventEnvelope(event))).status).toBe(200);
      }
      expect(fake.posts()).toHaveLength(0);
      expect(core.asked).toHaveLength(0);
    });
  });

  describe('request verification', () => {
    const body = () => eventEnvelope(appMention({ user: 'U7', channel: 'C7', text: '第9条', ts: '1700000040.000100' }));

    it('rejects a wrong signature with 401', async () => {
      const res = await postSigned(events, SECRET, body(), { signature: `v0=${'0'.repeat(64)}` });
      expect(res.status).toBe(401);
    });

    it('rejects a body signed with another secret with 401', async () => {
      expect((await postSigned(events, 'not-the-secret', body())).status).toBe(401);
    });

    it('rejects a timestamp an hour old with 401', async () => {
      const res = await postSigned(events, SECRET, body(), { timestamp: Math.floor(Date.now() / 1000) - 3600 });
      expect(res.status).toBe(401);
      expect(fake.posts()).toHaveLength(0);
      expect(core.asked).toHaveLength(0);
    });
  });

  describe('a failing core', () => {
    it('posts an apology and keeps answering', async () => {
      core.failOnce();
      await postSigned(events, SECRET, eventEnvelope(imMessage({ user: 'U8', channel: 'D8', text: '第9条', ts: '1700000050.000100' })));
      await postSigned(events, SECRET, eventEnvelope(imMessage({ user: 'U8', channel: 'D8', text: '第9条', ts: '1700000051.000100' })));
      const [apology, answer] = fake.posts();
      expect(apology?.args.text).toContain('抱歉');
      expect(answer?.args.text).toContain('答：第9条');
      expect(logged.join('\n')).toContain('core exploded');
    });
  });
});
