/**
 * The embedded log sink: one append-only JSONL file a day (YYYY-MM-DD.jsonl, China's days) in the
 * log folder. Each record is one line written with one write(2) on a file opened for appending, so
 * a crash (even SIGKILL) loses at most the record being written; the reader skips a torn line.
 * Files older than the days kept are removed when the sink opens and when a new day begins.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { LogRecord } from './record.js';
import type { LogSink } from './sink.js';
import { chinaDay, chinaDayBounds, dayFile, dayOfFile, daysBefore } from './days.js';

export interface DailyFileOptions {
  dir: string;
  /** Days a file is kept: today's and the days-1 before it. */
  days: number;
  now?: () => Date;
  /** Told once when a record cannot be written (a full disk, a folder removed); the bot goes on. */
  onError?: (err: Error) => void;
}

export class DailyFileSink implements LogSink {
  private fd: number | null = null;
  private day = '';
  /** The open day's bounds as ISO instants: a record's `at` is checked against them as a string. */
  private dayFrom = '';
  private dayTo = '';
  private failed = false;
  private readonly now: () => Date;

  constructor(private readonly options: DailyFileOptions) {
    this.now = options.now ?? (() => new Date());
    // Made readable by its owner only: it holds what people asked.
    mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    this.prune(chinaDay(this.now()));
  }

  write(record: LogRecord): void {
    try {
      const { at } = record;
      if (this.fd === null || at < this.dayFrom || at >= this.dayTo) this.open(chinaDay(at));
      writeSync(this.fd!, `${JSON.stringify(record)}\n`);
    } catch (err) {
      if (!this.failed) this.options.onError?.(err as Error);
      this.failed = true;
      this.closeFile();
    }
  }

  async close(): Promise<void> {
    this.closeFile();
  }

  /** Removes day files older than the days kept; other files in the folder are left alone. */
  prune(today: string): void {
    const oldest = daysBefore(today, this.options.days - 1);
    for (const name of readdirSync(this.options.dir)) {
      const day = dayOfFile(name);
      if (day !== null && day < oldest) rmSync(join(this.options.dir, name), { force: true });
    }
  }

  private open(day: string): void {
    this.closeFile();
    const isNewDay = this.day !== '' && day > this.day;
    this.fd = openSync(join(this.options.dir, dayFile(day)), 'a', 0o600);
    this.day = day;
    [this.dayFrom, this.dayTo] = chinaDayBounds(day);
    this.endTornLine(this.fd);
    if (isNewDay) this.prune(day);
  }

  /**
   * A file a crash left with a torn last line gets a line end first, so the next record starts a
   * line of its own instead of being lost with the torn one.
   */
  private endTornLine(fd: number): void {
    const { size } = fstatSync(fd);
    if (size === 0) return;
    const last = Buffer.alloc(1);
    // Read through a second descriptor: one opened 'a' cannot be read.
    const reader = openSync(join(this.options.dir, dayFile(this.day)), 'r');
    try {
      readSync(reader, last, 0, 1, size - 1);
    } finally {
      closeSync(reader);
    }
    if (last[0] !== 0x0a) writeSync(fd, '\n');
  }

  private closeFile(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
