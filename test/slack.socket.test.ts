/**
 * Socket Mode: Bolt's real SocketModeClient opens its connection through the fake Web API
 * (apps.connections.open, with the app-level token) to a fake Socket Mode server on loopback,
 * receives envelopes in Slack's shapes and answers with the real core.
 */
import { LogLevel, type App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackBot } from '../adapters/slack/app.js';
import { createResponder } from '../src/bot.js';
import { appMention, eventEnvelope, imMessage, postedText, slashCommand, startFakeSlackApi, type FakeSlackApi } from './slackHarness.js';
import { startFakeSocketServer, type FakeSocketServer } from './slackSocket.js';

describe('Slack bot in Socket Mode', () => {
  let socket: FakeSocketServer;
  let fake: FakeSlackApi;
  let app: App;

  beforeAll(async () => {
    socket = await startFakeSocketServer();
    fake = await startFakeSlackApi({ socketUrl: socket.url });
    app = createSlackBot({
      settings: { botToken: 'xoxb-test', signingSecret: 'unused-in-socket-mode', mode: 'socket', appToken: 'xapp-1-test', port: 3000, slackApiUrl: fake.apiUrl },
      respond: createResponder(),
      bot: { botId: 'BBOT0001', botUserId: 'UBOT0001' },
      logLevel: LogLevel.ERROR,
    }).app;
    await app.start();
    await socket.connected;
  });

  afterAll(async () => {
    await app?.stop().catch(() => {});
    await socket?.close();
    await fake?.close();
  });

  it('opens the connection with the app-level token at SLACK_API_URL', () => {
    const open = fake.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.authorization).toBe('Bearer xapp-1-test');
  });

  it('acknowledges an app_mention envelope and answers in its thread', async () => {
    const body = JSON.parse(eventEnvelope(appMention({ user: 'U1', channel: 'C1', text: '第17条讲什么', ts: '1700002000.000100' }), 'EvSOCK0001'));
    const ack = await socket.send('events_api', body);
    expect(ack).toMatchObject({ envelope_id: expect.any(String) });
    const [post] = await fake.waitForPosts(1);
    expect(post?.args).toMatchObject({ channel: 'C1', thread_ts: '1700002000.000100' });
    expect(postedText(post!)).toContain('第17条');
  });

  it('does not answer a redelivered envelope of the same event twice', async () => {
    const body = JSON.parse(eventEnvelope(appMention({ user: 'U1', channel: 'C1', text: '第17条讲什么', ts: '1700002000.000100' }), 'EvSOCK0001'));
    await socket.send('events_api', body, 1);
    // A fresh message after the retry: once its answer is posted, the retry has been dealt with.
    await socket.send('events_api', JSON.parse(eventEnvelope(imMessage({ user: 'U2', channel: 'D2', text: '第十七条', ts: '1700002001.000100' }))));
    const posts = await fake.waitForPosts(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.posts()).toHaveLength(2);
    expect(posts[1]?.args.channel).toBe('D2');
  });

  it('answers /policy through its response_url', async () => {
    const command = Object.fromEntries(new URLSearchParams(slashCommand({ user: 'U3', channel: 'C3', text: '第十七条', responseUrl: fake.responseUrl('sock-1') })));
    await socket.send('slash_commands', command);
    const posts = await fake.waitForPosts(3);
    expect(posts[2]).toMatchObject({ method: 'response_url', args: { response_type: 'ephemeral' } });
    expect(postedText(posts[2]!)).toContain('第17条');
  });
});
