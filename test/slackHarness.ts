/**
 * Test doubles for Slack's side of the wire, on loopback only:
 * - a fake Web API (node:http) that answers auth.test, records chat.postMessage, and also serves
 *   the slash commands' response_url;
 * - signed requests in Slack's real shapes (v0 HMAC-SHA256 of `v0:${ts}:${body}`).
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type App, LogLevel, type Logger } from '@slack/bolt';
import { createSlackApp } from '../adapters/slack/app.js';
import type { Respond } from '../src/answer/types.js';

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';
export const TEAM_ID = 'T0000001';

/** One request the fake received: the Web API method (or "response_url") and its arguments. */
export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  authorization: string | undefined;
}

export interface FakeSlackApi {
  /** Base URL for SLACK_API_URL / clientOptions.slackApiUrl, ending in /api/. */
  apiUrl: string;
  /** A response_url for a slash command, served by the same fake. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  /** chat.postMessage calls, plus messages sent to a response_url (method "response_url"). */
  posts(): RecordedCall[];
  /**
   * Holds the answers to `method` until the returned release() is called: shows whether
   * something (Slack's acknowledgement) happens without waiting for the Web API.
   */
  hold(method: string): () => void;
  /** Resolves once `count` posts exist; rejects after `timeoutMs`. */
  waitForPosts(count: number, timeoutMs?: number): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The Web API client sends form-encoded arguments, with objects (blocks) as JSON strings. */
function parseArgs(contentType: string | undefined, body: string): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return JSON.parse(body || '{}') as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

/**
 * `refuse`: bot tokens the fake answers with invalid_auth, as Slack does for a revoked token.
 * `socketUrl`: what apps.connections.open returns, for Socket Mode.
 */
export async function startFakeSlackApi(options: { refuse?: string[]; socketUrl?: string } = {}): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const held = new Map<string, (() => void)[]>();
  let ts = 1_700_000_100;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const args = parseArgs(req.headers['content-type'], await readBody(req));
    const reply = (payload: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (url.pathname.startsWith('/response/')) {
      calls.push({ method: 'response_url', args, authorization: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    const method = url.pathname.replace(/^\/api\//, '');
    calls.push({ method, args, authorization: req.headers.authorization });
    const queue = held.get(method);
    if (queue) await new Promise<void>((resolve) => queue.push(resolve));
    if (options.refuse?.some((t) => req.headers.authorization === `Bearer ${t}`)) {
      reply({ ok: false, error: 'invalid_auth' });
    } else if (method === 'auth.test') {
      reply({ ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'policybot', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID });
    } else if (method === 'apps.connections.open' && options.socketUrl) {
      reply({ ok: true, url: options.socketUrl });
    } else if (method === 'chat.postMessage') {
      ts += 1;
      reply({ ok: true, channel: args.channel, ts: `${ts}.000100`, message: { ...args, bot_id: BOT_ID, user: BOT_USER_ID } });
    } else {
      reply({ ok: false, error: 'unknown_method' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const posts = () => calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'response_url');
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    posts,
    hold(method) {
      const queue: (() => void)[] = [];
      held.set(method, queue);
      return () => {
        held.delete(method);
        for (const resume of queue.splice(0)) resume();
      };
    },
    async waitForPosts(count, timeoutMs = 15000) {
      const until = Date.now() + timeoutMs;
      while (posts().length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} posts, got ${posts().length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return posts();
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface SignOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Replaces the computed signature. */
  signature?: string;
  retryNum?: number;
  contentType?: string;
}

/** Slack's v0 request signature. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POSTs `body` to `url` signed as Slack signs it; returns status and body text. */
export async function postSigned(url: string, secret: string, body: string, options: SignOptions = {}) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? sign(secret, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}

let eventSeq = 0;

/** An Events API envelope around `event`, as Slack delivers it. */
export function eventEnvelope(event: Record<string, unknown>, eventId = `Ev${String(++eventSeq).padStart(8, '0')}`) {
  return JSON.stringify({
    token: 'verification-token-unused',
    team_id: TEAM_ID,
    api_app_id: 'A0000001',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

/** An `app_mention` event: `text` is what follows the bot's mention. */
export function appMention(opts: { user: string; channel: string; text: string; ts: string; thread_ts?: string }) {
  return {
    type: 'app_mention',
    user: opts.user,
    text: `<@${BOT_USER_ID}> ${opts.text}`,
    ts: opts.ts,
    channel: opts.channel,
    team: TEAM_ID,
    ...(opts.thread_ts ? { thread_ts: opts.thread_ts } : {}),
  };
}

/** A direct message (`message.im`). */
export function imMessage(opts: { user: string; channel: string; text: string; ts: string; thread_ts?: string }) {
  return {
    type: 'message',
    channel_type: 'im',
    user: opts.user,
    text: opts.text,
    ts: opts.ts,
    channel: opts.channel,
    team: TEAM_ID,
    ...(opts.thread_ts ? { thread_ts: opts.thread_ts } : {}),
  };
}

/** A slash command as Slack posts it: form-encoded. */
export function slashCommand(opts: { user: string; channel: string; text: string; responseUrl: string }) {
  return new URLSearchParams({
    token: 'verification-token-unused',
    team_id: TEAM_ID,
    team_domain: 'test',
    channel_id: opts.channel,
    channel_name: 'general',
    user_id: opts.user,
    user_name: 'asker',
    command: '/policy',
    text: opts.text,
    api_app_id: 'A0000001',
    is_enterprise_install: 'false',
    response_url: opts.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

/** Concatenates every text in a posted message (fallback text and blocks), for content checks. */
export function postedText(call: RecordedCall): string {
  const parts: string[] = [String(call.args.text ?? '')];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (k === 'text' && typeof x === 'string') parts.push(x);
      else walk(x);
    }
  };
  walk(call.args.blocks);
  return parts.join('\n');
}

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
