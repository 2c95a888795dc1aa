/**
 * The Bolt App, wired: receiver (Socket Mode, or HTTP at /slack/events behind the guard of
 * httpReceiver.ts), Web API client options, the redacting logger, the outbox and the listeners.
 * It takes the core's `respond` as a parameter, so tests and the CLI decide which core it talks to.
 */
import { App, LogLevel, type Logger } from '@slack/bolt';
import type { Respond } from '../../src/answer/types.js';
import type { AsyncRespond } from '../../src/state/respond.js';
import type { StateStore } from '../../src/state/types.js';
import type { RecordFeedback } from '../../src/feedback/types.js';
import { GuardedHTTPReceiver } from './httpReceiver.js';
import { registerListeners } from './listeners/index.js';
import { redactingLogger } from './logger.js';
import { UnderWay } from './middleware/underWay.js';
import { Outbox } from './outbox.js';
import { RecentEvents } from './recentEvents.js';
import { redactor } from './redact.js';
import { eventLedger } from './sharedEvents.js';
import type { RetryPolicy } from './retry.js';
import type { SlackSettings } from './settings.js';
import { webClientOptions } from './webClientOptions.js';

/** Where Slack delivers events in HTTP mode (the manifest's request URLs end with it). */
export const EVENTS_PATH = '/slack/events';

export interface SlackAppOptions {
  settings: SlackSettings;
  respond: Respond | AsyncRespond;
  /**
   * The state store (src/state). A shared one (Redis) also de-duplicates Slack event ids across
   * instances; GET /healthz reports its state. Absent: memory, as before issue 13.
   */
  store?: StateStore;
  /** Where 👍 and 👎 clicks are recorded (the conversation log); not kept when absent. */
  recordFeedback?: RecordFeedback;
  /** From auth.test; when absent Bolt calls auth.test itself while constructing the App. */
  bot?: { botId: string; botUserId: string };
  /**
   * Answer before acknowledging an HTTP request. Off in production, so Slack's 3-second limit
   * never depends on the core or the Web API; on in tests, so a response means the work is done.
   */
  processBeforeResponse?: boolean;
  recent?: RecentEvents;
  /** Receives every log line, secrets already removed; a console logger when absent. */
  logger?: Logger;
  logLevel?: LogLevel;
  /** Overrides of RETRY_DEFAULTS (retry.ts). */
  retry?: Partial<RetryPolicy>;
  /** Overrides WEB_API_DEFAULTS.timeoutMs (webClientOptions.ts). */
  webApiTimeoutMs?: number;
  /** Overrides HTTP_DEFAULTS.bodyLimitBytes (httpReceiver.ts). */
  bodyLimitBytes?: number;
}

/** The App and what its owner needs to stop it cleanly. */
export interface SlackBot {
  app: App;
  /** Replies under way; drain() before exiting. */
  outbox: Outbox;
  /** The redacting logger everything logs through. */
  logger: Logger;
  /** Stop taking work: in HTTP mode new requests get 503 (Socket Mode stops with app.stop()). */
  refuseNew(): void;
}

/** Builds the App with its receiver, Web API client and listeners; the caller starts it. */
export function createSlackBot(options: SlackAppOptions): SlackBot {
  const { settings } = options;
  const logLevel = options.logLevel ?? LogLevel.INFO;
  const logger = redactingLogger(redactor([settings.botToken, settings.signingSecret, settings.appToken]), options.logger, logLevel);
  const clientOptions = webClientOptions(settings.slackApiUrl, options.webApiTimeoutMs);
  const underWay = new UnderWay();
  const receiver =
    settings.mode === 'http'
      ? new GuardedHTTPReceiver({
          signingSecret: settings.signingSecret,
          endpoint: EVENTS_PATH,
          processBeforeResponse: options.processBeforeResponse ?? false,
          logger,
          health: () => ({ ok: true, store: options.store?.health() ?? { store: 'memory', state: 'up' }, underWay: underWay.count }),
          ...(options.bodyLimitBytes ? { bodyLimitBytes: options.bodyLimitBytes } : {}),
        })
      : undefined;
  const app = new App({
    token: settings.botToken,
    ...(receiver
      ? { receiver }
      : // Bolt hands the Socket Mode client only installerOptions.clientOptions, so SLACK_API_URL
        // reaches apps.connections.open (which opens the socket) only this way.
        { socketMode: true, appToken: settings.appToken, installerOptions: { clientOptions } }),
    ...(options.bot ?? {}),
    clientOptions,
    logger,
    logLevel,
  });
  const outbox = new Outbox({ logger, ...(options.retry ? { retry: options.retry } : {}) });
  const deps = { respond: options.respond, outbox, asOf: settings.asOf, recordFeedback: options.recordFeedback };
  const shared = options.store && options.store.kind !== 'memory' ? eventLedger(options.store) : undefined;
  app.use(underWay.middleware);
  registerListeners(app, deps, options.recent ?? new RecentEvents(), shared);
  return { app, outbox, logger, refuseNew: () => receiver?.refuseNew() };
}
