/**
 * A fake Slack Web API (node:http on loopback): answers auth.test and apps.connections.open,
 * records chat.postMessage, and also serves the slash commands' response_url.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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

