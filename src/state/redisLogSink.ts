/**
 * The conversation log in a Redis Stream, one entry a record ({r: record JSON}), shared by every
 * instance, so `policy-bot review` sees all of them (readRedisLog). Entries older than the log's
 * days are trimmed as new ones come (XADD MINID ~). A record Redis does not take goes to the local
 * day files instead, so an outage loses none.
 */
import type { Redis } from 'ioredis';
import { DEFAULT_LOG_DAYS } from '../log/settings.js';
import type { LogRecord } from '../log/record.js';
import type { LogSink } from '../log/sink.js';

export const LOG_STREAM = 'log';
const DAY_MS = 24 * 60 * 60 * 1000;

export class RedisLogSink implements LogSink {
  readonly #pending = new Set<Promise<unknown>>();

  constructor(
    private readonly client: Redis,
    private readonly stream: string,
    private readonly local: LogSink,
    private readonly onError: (err: unknown) => void,
    private readonly days: number = DEFAULT_LOG_DAYS,
  ) {}

  write(record: LogRecord): void {
    const oldest = Date.now() - this.days * DAY_MS;
    const sent = this.client
      .xadd(this.stream, 'MINID', '~', String(oldest), '*', 'r', JSON.stringify(record))
      .catch((err: unknown) => {
        this.onError(err);
        this.local.write(record);
      });
    this.#pending.add(sent);
    void sent.finally(() => this.#pending.delete(sent));
  }

  async close(): Promise<void> {
    await Promise.all(this.#pending);
    await this.local.close();
  }
}
