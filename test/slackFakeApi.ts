/**
 * A fake Slack Web API (node:http on loopback): answers auth.test and apps.connections.open,
 * records chat.postMessage, and also serves the slash commands' response_url. It can hold,
 * fail or stall calls, as the real one does on a bad day.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SlackBlock, SlackButton } from '../src/answer/render/slack.js';

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';
export const TEAM_ID = 'T0000001';

/** One request the fake received: the Web API method (or "response_url") and its arguments. */
export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  authorization: string | undefined;
  /** Set when the fake answered: delivered, or refused with a failure. Unset while held or stalled. */
  outcome?: 'ok' | 'failed';
  /** When the fake answered (Date.now()). */
  answeredAt?: number;
}

/** How a call fails: an HTTP status (429 with or without Retry-After, 5xx) or `ok: false`. */
export type Failure = { status: 429; retryAfter?: number } | { status: 500 | 502 | 503 } | { error: string };

export interface FakeSlackApi {
  /** Base URL for SLACK_API_URL / clientOptions.slackApiUrl, ending in /api/. */
  apiUrl: string;
  /** A response_url for a slash command, served by the same fake. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  /** Delivered posts: chat.postMessage calls, plus messages sent to a response_url (method "response_url"), answered ok. */
  posts(): RecordedCall[];
  /** Every post attempt, delivered or not. */
  postAttempts(): RecordedCall[];
  /**
   * Holds the answers to `method` until the returned release() is called: shows whether
   * something (Slack's acknowledgement) happens without waiting for the Web API.
   */
  hold(method: string): () => void;
  /** The next `times` calls of `method` (all of them until stop() when omitted) fail with `failure`. */
  fail(method: string, failure: Failure, times?: number): () => void;
  /**
   * For `ms` from now, every request is accepted, read and never answered, as by a Web API that
   * hangs; afterwards the fake answers again (the hung requests stay hung). Returns when it ends.
   */
  stall(ms: number): number;
  /** Resolves once `count` posts were delivered; rejects after `timeoutMs`. */
  waitForPosts(count: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /**
   * Resolves with the delivered posts once `done(posts)` holds, looked at as each request arrives
   * and as each is answered;
   * rejects after `timeoutMs` with `what` and the last `done` said.
   */
  waitUntil(what: string, done: (posts: RecordedCall[]) => boolean, timeoutMs?: number): Promise<RecordedCall[]>;
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

const isPost = (c: RecordedCall) => c.method === 'chat.postMessage' || c.method === 'response_url';

/**
 * `refuse`: bot tokens the fake answers with invalid_auth, as Slack does for a revoked token.
 * `socketUrl`: what apps.connections.open returns, for Socket Mode.
 */
export async function startFakeSlackApi(options: { refuse?: string[]; socketUrl?: string } = {}): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const held = new Map<string, (() => void)[]>();
  const failing = new Map<string, { failure: Failure; left: number }>();
  const hung = new Set<ServerResponse>();
  const waiters = new Set<() => void>();
  let stalledUntil = 0;
  let ts = 1_700_000_100;
  const posts = () => calls.filter((c) => isPost(c) && c.outcome === 'ok');
  /** Looks at `ready` now, then as each request arrives and as each is answered. */
  const waitUntil = (ready: () => boolean, failure: () => string, timeoutMs: number) =>
    new Promise<RecordedCall[]>((resolve, reject) => {
      const check = () => {
        if (!ready()) return;
        done();
        resolve(posts());
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(failure()));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    const isResponseUrl = url.pathname.startsWith('/response/');
    const method = isResponseUrl ? 'response_url' : url.pathname.replace(/^\/api\//, '');
    const call: RecordedCall = { method, args: parseArgs(req.headers['content-type'], body), authorization: req.headers.authorization };
    calls.push(call);
    for (const wake of [...waiters]) wake();
    if (Date.now() < stalledUntil) {
      hung.add(res);
      return;
    }
    const queue = held.get(method);
    if (queue) await new Promise<void>((resolve) => queue.push(resolve));
    const answer = (outcome: RecordedCall['outcome'], status: number, headers: Record<string, string>, payload: string) => {
      call.outcome = outcome;
      call.answeredAt = Date.now();
      res.writeHead(status, headers);
      res.end(payload);
      for (const wake of [...waiters]) wake();
    };
    const reply = (payload: Record<string, unknown>) =>
      answer(payload.ok === false ? 'failed' : 'ok', 200, { 'content-type': 'application/json' }, JSON.stringify(payload));

    const failure = failing.get(method);
    if (failure && failure.left > 0) {
      failure.left -= 1;
      const f = failure.failure;
      if ('error' in f) return reply({ ok: false, error: f.error });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (f.status === 429 && f.retryAfter !== undefined) headers['retry-after'] = String(f.retryAfter);
      return answer('failed', f.status, headers, JSON.stringify({ ok: false, error: f.status === 429 ? 'ratelimited' : 'internal_error' }));
    }
    if (isResponseUrl) return answer('ok', 200, { 'content-type': 'text/plain' }, 'ok');
    if (options.refuse?.some((t) => req.headers.authorization === `Bearer ${t}`)) {
      reply({ ok: false, error: 'invalid_auth' });
    } else if (method === 'auth.test') {
      reply({ ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'policybot', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID });
    } else if (method === 'apps.connections.open' && options.socketUrl) {
      reply({ ok: true, url: options.socketUrl });
    } else if (method === 'chat.postMessage') {
      ts += 1;
      reply({ ok: true, channel: call.args.channel, ts: `${ts}.000100`, message: { ...call.args, bot_id: BOT_ID, user: BOT_USER_ID } });
    } else {
      reply({ ok: false, error: 'unknown_method' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    posts,
    postAttempts: () => calls.filter(isPost),
    hold(method) {
      const queue: (() => void)[] = [];
      held.set(method, queue);
      return () => {
        held.delete(method);
        for (const resume of queue.splice(0)) resume();
      };
    },
    fail(method, failure, times = Number.POSITIVE_INFINITY) {
      const entry = { failure, left: times };
      failing.set(method, entry);
      return () => {
        if (failing.get(method) === entry) failing.delete(method);
      };
    },
    stall(ms) {
      stalledUntil = Date.now() + ms;
      return stalledUntil;
    },
    waitForPosts(count, timeoutMs = 15000) {
      return waitUntil(() => posts().length >= count, () => `expected ${count} posts, got ${posts().length}`, timeoutMs);
    },
    waitUntil(what, done, timeoutMs = 15000) {
      return waitUntil(() => done(posts()), () => `timed out waiting for ${what} (${posts().length} posts)`, timeoutMs);
    },
    close: () =>
      new Promise((resolve) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The buttons of a posted message's actions block `blockId` ('clarify', 'feedback'). */
export function buttonsIn(call: RecordedCall, blockId: string): SlackButton[] {
  return (call.args.blocks as SlackBlock[]).flatMap((b) => (b.type === 'actions' && b.block_id === blockId ? b.elements : []));
}
