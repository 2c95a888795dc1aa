/**
 * Test doubles for Slack's side of the wire, on loopback only: the fake Web API
 * (slackFakeApi.ts), signed requests (slackRequests.ts), and the adapter's real Bolt App started
 * against them (startBot).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type App, LogLevel, type Logger } from '@slack/bolt';
import { createSlackApp } from '../adapters/slack/app.js';
import type { Respond } from '../src/answer/types.js';
import { startFakeSlackApi, type FakeSlackApi } from './slackFakeApi.js';

export * from './slackFakeApi.js';
export * from './slackRequests.js';

export const TEST_SIGNING_SECRET = 'test-signing-secret';

export interface RunningBot {
  app: App;
  fake: FakeSlackApi;
  /** http://127.0.0.1:<port>/slack/events */
  events: string;
  stop(): Promise<void>;
}

/**
 * The adapter's real Bolt App in HTTP mode on 127.0.0.1 (a free port), its Web API at a fresh
 * fake. processBeforeResponse is on, so when a request returns, the bot's posts are recorded.
 */
export async function startBot(respond: Respond, options: { logger?: Logger; asOf?: string } = {}): Promise<RunningBot> {
  const fake = await startFakeSlackApi();
  const app = createSlackApp({
    settings: {
      botToken: 'xoxb-test',
      signingSecret: TEST_SIGNING_SECRET,
      mode: 'http',
      port: 0,
      slackApiUrl: fake.apiUrl,
      ...(options.asOf ? { asOf: options.asOf } : {}),
    },
    respond,
    processBeforeResponse: true,
    ...(options.logger ? { logger: options.logger } : { logLevel: LogLevel.ERROR }),
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const events = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  return {
    app,
    fake,
    events,
    async stop() {
      await app.stop();
      await fake.close();
    },
  };
}
