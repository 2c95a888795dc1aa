/**
 * The shared store (REDIS_URL): sessions, Slack event ids, WeChat rate windows and the
 * conversation log in one Redis, so any instance can take any message.
 *
 * Keys, under the prefix (default "policy-bot:"):
 *   s:<conversation>  hash {v, s}: the session's version and state; expires after the idle timeout
 *   e:<event id>      'busy' while one instance answers it, 'done' once answered (SET NX PX)
 *   r:<contact>, rn:<contact>  a contact's answer times (sorted set) and its "told" flag
 *   log               the conversation log, a stream (redisLogSink.ts)
 *
 * Redis down: commands fail at once (no offline queue) and every method answers as if the store
 * held nothing, so each message is answered on its own; the client reconnects by itself, and the
 * outage is reported once a minute at most (outage.ts).
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { DEFAULT_IDLE_MS, sessionKey } from '../dialogue/session.js';
import type { LogSink } from '../log/sink.js';
import { LOG_STREAM, RedisLogSink } from './redisLogSink.js';
import { OutageReporter } from './outage.js';
import { RATE_CHECK, RELEASE_EVENT, SAVE_SESSION } from './redisScripts.js';
import { freshSession, type EventClaim, type LoadedSession, type RateVerdict, type SessionState, type StateStore, type StoreHealth } from './types.js';

export interface RedisStoreOptions {
  url: string;
  /** host:port/db, for messages (no password). */
  at: string;
  idleMs?: number;
  prefix?: string;
  /** Where outage lines go (default: standard error). */
  warn?: (line: string) => void;
  /** Longest wait for one command before the store counts as down. */
  commandTimeoutMs?: number;
}

export const REDIS_DEFAULTS = Object.freeze({ prefix: 'policy-bot:', commandTimeoutMs: 3_000, connectTimeoutMs: 2_000, maxReconnectDelayMs: 1_000 });

/** The ioredis client with the scripts defined on it. */
type Client = Redis & {
  saveSession(key: string, version: number, state: string, ttlMs: number): Promise<number>;
  rateCheck(times: string, told: string, windowMs: number, max: number, member: string): Promise<RateVerdict>;
  releaseEvent(key: string): Promise<number>;
};

export class RedisStateStore implements StateStore {
  readonly kind = 'redis' as const;
  readonly client: Client;
  readonly prefix: string;
  readonly #idleMs: number;
  readonly #outage: OutageReporter;
  readonly #at: string;
  #closed = false;

  constructor(options: RedisStoreOptions) {
    this.prefix = options.prefix ?? REDIS_DEFAULTS.prefix;
    this.#idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.#at = options.at;
    this.#outage = new OutageReporter(`Redis at ${options.at}`, options.warn ?? ((line) => process.stderr.write(`${line}\n`)));
    this.client = new Redis(options.url, {
      lazyConnect: true,
      // A command while disconnected fails at once instead of waiting in a queue: the message is
      // answered without shared state rather than held until Redis returns.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? REDIS_DEFAULTS.commandTimeoutMs,
      connectTimeout: REDIS_DEFAULTS.connectTimeoutMs,
      // Reconnect for ever, at most a second apart, so a restarted Redis is used again within a second.
      retryStrategy: (times) => Math.min(50 * 2 ** times, REDIS_DEFAULTS.maxReconnectDelayMs),
    }) as Client;
    this.client.defineCommand('saveSession', { numberOfKeys: 1, lua: SAVE_SESSION });
    this.client.defineCommand('rateCheck', { numberOfKeys: 2, lua: RATE_CHECK });
    this.client.defineCommand('releaseEvent', { numberOfKeys: 1, lua: RELEASE_EVENT });
    this.client.on('ready', () => this.#outage.recovered());
    // Without a listener an 'error' event would end the process.
    this.client.on('error', (err: Error) => {
      if (!this.#closed) this.#outage.failed(err);
    });
  }

  /** Connects, or reports the outage and lets the client keep trying; never rejects. */
  async connect(): Promise<void> {
    try {
      await this.client.connect();
    } catch (err) {
      this.#outage.failed(err);
    }
  }

  async loadSession(user: string): Promise<LoadedSession> {
    const at = Date.now();
    try {
      const [v, s] = await this.client.hmget(this.#sessionKey(user), 'v', 's');
      const session = s ? { ...(JSON.parse(s) as SessionState), lastSeen: at } : freshSession(at);
      return { session, version: Number(v ?? 0), shared: true };
    } catch (err) {
      this.#failed(err);
      return { session: freshSession(at), version: 0, shared: false };
    }
  }

  async saveSession(user: string, version: number, next: SessionState | null): Promise<boolean> {
    // `language` only when set (an English conversation, issue 14): a Chinese session is stored as before.
    const state = next === null ? '' : JSON.stringify({ facts: next.facts, topic: next.topic, pending: next.pending, offer: next.offer, ...(next.language ? { language: next.language } : {}) });
    try {
      return (await this.client.saveSession(this.#sessionKey(user), version, state, this.#idleMs)) === 1;
    } catch (err) {
      // The answer goes out; only this turn's state is lost, and the outage is reported.
      this.#failed(err);
      return true;
    }
  }

  async claimEvent(id: string, busyMs: number): Promise<EventClaim> {
    const key = `${this.prefix}e:${id}`;
    try {
      for (let tries = 0; tries < 3; tries += 1) {
        if ((await this.client.set(key, 'busy', 'PX', busyMs, 'NX')) === 'OK') return 'mine';
        const value = await this.client.get(key);
        if (value === 'done' || value === 'busy') return value;
        // Expired between the two commands: claim again.
      }
      return 'busy';
    } catch (err) {
      // Answering twice while Redis is down is better than not answering; this process's own
      // RecentEvents still stops repeats it sees itself.
      this.#failed(err);
      return 'mine';
    }
  }

  async finishEvent(id: string, answered: boolean, keepMs: number): Promise<void> {
    const key = `${this.prefix}e:${id}`;
    try {
      if (answered) await this.client.set(key, 'done', 'PX', keepMs);
      else await this.client.releaseEvent(key);
    } catch (err) {
      this.#failed(err);
    }
  }

  async rateCheck(contact: string, max: number, windowMs: number): Promise<RateVerdict> {
    try {
      const member = `${Date.now()}-${randomBytes(4).toString('hex')}`;
      return await this.client.rateCheck(`${this.prefix}r:${contact}`, `${this.prefix}rn:${contact}`, windowMs, max, member);
    } catch (err) {
      this.#failed(err);
      return 'answer';
    }
  }

  logSink(local: LogSink, days?: number): LogSink {
    return new RedisLogSink(this.client, `${this.prefix}${LOG_STREAM}`, local, (err) => this.#failed(err), days);
  }

  health(): StoreHealth {
    const up = this.client.status === 'ready';
    return { store: 'redis', state: up ? 'up' : 'down', at: this.#at, since: this.#outage.since.toISOString() };
  }

  /** For the log sink and tests: report a failed command like the store's own. */
  failed(err: unknown): void {
    this.#failed(err);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      // QUIT waits for the replies of commands already sent.
      if (this.client.status === 'ready') await this.client.quit();
      else this.client.disconnect();
    } catch {
      this.client.disconnect();
    }
  }

  #failed(err: unknown): void {
    if (!this.#closed) this.#outage.failed(err);
  }

  #sessionKey(user: string): string {
    return `${this.prefix}s:${sessionKey(user)}`;
  }
}
