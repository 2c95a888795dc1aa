/**
 * Bolt's HTTP receiver with a guard in front of /slack/events, for what Bolt lets through:
 *
 * - a body over the limit is refused with 413 and never held in memory: at once when its
 *   Content-Length says so, otherwise as soon as the bytes streamed in pass the limit (Bolt's own
 *   limit, 4 MB, applies only after buffering, and unsigned bodies were buffered whole before
 *   the signature check);
 * - a body whose JSON (or a form's `payload`) is not an object, such as `null`, gets 400 and one
 *   log line: Bolt reads `body.ssl_check` outside its error handling, and the TypeError would
 *   end the process;
 * - GET /healthz answers 200 with the state of the store as JSON (issue 13), for load balancers;
 * - once the bot is stopping, new requests get 503, so Slack retries them rather than have them
 *   acknowledged by a process that may exit before answering.
 *
 * The guard hands Bolt the body it read (as `rawBody`, which Bolt uses instead of reading the
 * stream again), so the signature is still checked by Bolt, over the same bytes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import { HTTPReceiver, type Logger } from '@slack/bolt';

export const HTTP_DEFAULTS = Object.freeze({
  /** Slack's own requests are a few kilobytes; anything near this is not from Slack. */
  bodyLimitBytes: 1024 * 1024,
});

export interface GuardedReceiverOptions {
  signingSecret: string;
  endpoint: string;
  processBeforeResponse: boolean;
  logger: Logger;
  bodyLimitBytes?: number;
  /** The body of GET /healthz; none: 404 there, as before. */
  health?: () => unknown;
}

/** Where a load balancer asks whether this instance is alive. */
export const HEALTH_PATH = '/healthz';

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** Why Bolt cannot take this body, or undefined when it can (or will refuse it by itself). */
function payloadProblem(contentType: string | undefined, raw: Buffer): string | undefined {
  let parsed: unknown;
  let what = 'JSON body';
  try {
    // The same reading as Bolt's parseHTTPRequestBody.
    if (contentType === 'application/x-www-form-urlencoded') {
      const { payload } = parseForm(raw.toString());
      if (typeof payload !== 'string') return undefined;
      what = "form's payload";
      parsed = JSON.parse(payload);
    } else {
      parsed = JSON.parse(raw.toString());
    }
  } catch {
    // Not JSON at all: Bolt answers that itself (401 unsigned, 400 signed) without crashing.
    return undefined;
  }
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? undefined : `its ${what} is ${describe(parsed)}, not an object`;
}

function refuse(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, headers);
  res.end();
}

/**
 * An oversized body up to this size is read on and dropped after the 413, so the client gets to
 * read the answer (closing a socket with unread data resets it, and the 413 is lost); beyond it,
 * the connection is closed.
 */
const DRAIN_MAX_BYTES = 16 * 1024 * 1024;

export class GuardedHTTPReceiver extends HTTPReceiver {
  readonly #endpoint: string;
  readonly #limit: number;
  readonly #log: Logger;
  readonly #health: (() => unknown) | undefined;
  #stopping = false;

  constructor(options: GuardedReceiverOptions) {
    super({
      signingSecret: options.signingSecret,
      endpoints: [options.endpoint],
      processBeforeResponse: options.processBeforeResponse,
      logger: options.logger,
      bodyLimit: options.bodyLimitBytes ?? HTTP_DEFAULTS.bodyLimitBytes,
    });
    this.#endpoint = options.endpoint;
    this.#limit = options.bodyLimitBytes ?? HTTP_DEFAULTS.bodyLimitBytes;
    this.#log = options.logger;
    this.#health = options.health;
    const bolt = this.requestListener;
    // Synchronous for everything but the events endpoint, so Bolt's own routing errors (404)
    // still reach the server's handler for them.
    this.requestListener = (req, res) => {
      if (this.#stopping) return refuse(res, 503, { connection: 'close', 'retry-after': '5' });
      if (this.#health && req.method === 'GET' && new URL(req.url ?? '/', 'http://localhost').pathname === HEALTH_PATH) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify(this.#health()));
      }
      if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== this.#endpoint) return bolt(req, res);
      this.#readThenDispatch(req, res, bolt);
    };
  }

  /** From now on every request gets 503; the ones already accepted finish. */
  refuseNew(): void {
    this.#stopping = true;
  }

  #readThenDispatch(req: IncomingMessage, res: ServerResponse, bolt: (req: IncomingMessage, res: ServerResponse) => void): void {
    const declared = Number(req.headers['content-length']);
    const tooLarge = () => {
      this.#log.warn(`policy-bot slack: refused a request body over ${this.#limit} bytes (HTTP 413)`);
      // Node drops the unread rest of a kept-alive request; a huge one is not worth reading.
      refuse(res, 413, declared > DRAIN_MAX_BYTES ? { connection: 'close' } : {});
    };
    if (declared > this.#limit) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (over) {
        if (size > DRAIN_MAX_BYTES) req.socket.destroy();
        return;
      }
      if (size > this.#limit) {
        over = true;
        chunks.length = 0;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      if (over) return;
      const raw = Buffer.concat(chunks);
      const problem = payloadProblem(req.headers['content-type'], raw);
      if (problem) {
        this.#log.warn(`policy-bot slack: refused a malformed request: ${problem} (HTTP 400)`);
        return refuse(res, 400);
      }
      Object.assign(req, { rawBody: raw });
      try {
        bolt(req, res);
      } catch (err) {
        this.#log.error(`policy-bot slack: could not dispatch a request: ${err instanceof Error ? err.message : String(err)}`);
        refuse(res, 500);
      }
    });
  }
}
