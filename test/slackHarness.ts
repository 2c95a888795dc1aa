/**
 * Test doubles for Slack's side of the wire, on loopback only: the fake Web API
 * (slackFakeApi.ts), signed requests (slackRequests.ts), and the adapter's real Bolt App started
 * against them (startBot).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type App, LogLevel, type Logger } from '@slack/bolt';
import { createSlackBot, type SlackAppOptions, type SlackBot } from '../adapters/slack/app.js';
import type { Respond } from '../src/answer/types.js';
import { startFakeSlackApi, type FakeSlackApi } from './slackFakeApi.js';

export * from './slackFakeApi.js';
export * from './slackRequests.js';

export const TEST_SIGNING_SECRET = 'test-signing-secret';

export interface RunningBot {
  app: App;
  bot: SlackBot;
  fake: FakeSlackApi;
  /** http://127.0.0.1:<port>/slack/events */
  events: string;
  server: Server;
  stop(): Promise<void>;
}

export interface StartBotOptions extends Pick<SlackAppOptions, 'retry' | 'webApiTimeoutMs' | 'bodyLimitBytes' | 'recent' | 'bot' | 'recordFeedback'> {
  logger?: Logger;
  asOf?: string;
  /** On by default: when a request returns, the bot's posts are recorded. Production runs with it off. */
  processBeforeResponse?: boolean;
}

/**
 * The adapter's real Bolt App in HTTP mode on 127.0.0.1 (a free port), its Web API at a fresh
 * fake. processBeforeResponse is on unless turned off, so when a request returns, the bot's posts
 * are recorded.
 */
export async function startBot(respond: Respond, options: StartBotOptions = {}): Promise<RunningBot> {
  const fake = await startFakeSlackApi();
  const { logger, asOf, processBeforeResponse = true, ...rest } = options;
  const bot = createSlackBot({
    settings: {
      botToken: 'xoxb-test',
      signingSecret: TEST_SIGNING_SECRET,
      mode: 'http',
      port: 0,
      slackApiUrl: fake.apiUrl,
      ...(asOf ? { asOf } : {}),
    },
    respond,
    processBeforeResponse,
    ...rest,
    ...(logger ? { logger } : { logLevel: LogLevel.ERROR }),
  });
  const server = (await bot.app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const events = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  return {
    app: bot.app,
    bot,
    fake,
    events,
    server,
    async stop() {
      bot.outbox.abort();
      server.closeAllConnections();
      await bot.app.stop().catch(() => {});
      await fake.close();
    },
  };
}
