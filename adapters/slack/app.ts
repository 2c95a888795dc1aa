/**
 * The Bolt App, wired: receiver (Socket Mode or HTTP at /slack/events), Web API base, listeners.
 * It takes the core's `respond` as a parameter, so tests and the CLI decide which core it talks to.
 */
import { App, LogLevel, type Logger, webApi } from '@slack/bolt';
import type { Respond } from '../../src/answer/types.js';
import { registerListeners } from './listeners/index.js';
import { RecentEvents } from './recentEvents.js';
import type { SlackSettings } from './settings.js';

/** Where Slack delivers events in HTTP mode (the manifest's request URLs end with it). */
export const EVENTS_PATH = '/slack/events';

export interface SlackAppOptions {
  settings: SlackSettings;
  respond: Respond;
  /** From auth.test; when absent Bolt calls auth.test itself while constructing the App. */
  bot?: { botId: string; botUserId: string };
  /**
   * Answer before acknowledging an HTTP request. Off in production, so Slack's 3-second limit
   * never depends on the core or the Web API; on in tests, so a response means the work is done.
   */
  processBeforeResponse?: boolean;
  recent?: RecentEvents;
  logger?: Logger;
  logLevel?: LogLevel;
}

/** Builds the App with its receiver, Web API base and listeners; the caller starts it. */
export function createSlackApp(options: SlackAppOptions): App {
  const { settings } = options;
  const clientOptions = {
    ...(settings.slackApiUrl ? { slackApiUrl: settings.slackApiUrl } : {}),
    // The Web API client's default retries for half an hour; an answer that late only confuses.
    retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
  };
  const app = new App({
    token: settings.botToken,
    signingSecret: settings.signingSecret,
    ...(settings.mode === 'socket'
      ? // Bolt hands the Socket Mode client only installerOptions.clientOptions, so SLACK_API_URL
        // reaches apps.connections.open (which opens the socket) only this way.
        { socketMode: true, appToken: settings.appToken, installerOptions: { clientOptions } }
      : { endpoints: [EVENTS_PATH], processBeforeResponse: options.processBeforeResponse ?? false }),
    ...(options.bot ?? {}),
    clientOptions,
    ...(options.logger ? { logger: options.logger } : {}),
    logLevel: options.logLevel ?? LogLevel.INFO,
  });
  registerListeners(app, { respond: options.respond, asOf: settings.asOf }, options.recent ?? new RecentEvents());
  return app;
}
