/**
 * A reference of bench/log.ts (`npx tsx bench/log.ts 8 thread`), not the log's sink: the day file's
 * write(2) done by a thread of its own, which the answering thread feeds through a SharedArrayBuffer.
 * Measured on 2026-12-01 and dropped; docs/review.md#cost gives the figures.
 *
 * The idea: on the project's machines (a virtual machine, page-table isolation without PCID) each
 * system call empties the calling thread's TLB, and the answer after it pays tens of microseconds to
 * fill it again. Here the answering thread copies the record's bytes (TextEncoder.encodeInto) into
 * shared memory and goes on; the writer does the write(2) with little of its own to refill.
 *
 * Crash safety as the log's own: one slot, so at most one record is ever un-written. Before placing
 * the next record the answering thread checks (Atomics.load) that the last one is out; if the
 * writer has not taken it yet, it writes it itself; only if the writer is in the middle of writing
 * it does it wait (Atomics.wait).
 *
 * Waking the writer is what loses: Atomics.notify is a futex system call when the writer sleeps, on
 * the answering thread like the write it replaces; the other way, a writer that looks at the slot
 * every `pollMs` with a timed wait, pays 66–126 µs of CPU a wake-up on this machine (a worker doing
 * nothing but waits of 0.2 ms, then of 1 ms, for a second each, its CPU time read from
 * /proc/thread-self/schedstat, at a load of 15). With `idleMs` 0 the writer sleeps after each
 * record and is notified for the next; otherwise it polls for `idleMs` after a record, then sleeps.
 */
import { writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { LogRecord, LogSink } from '../src/log/index.js';

/** The slot's words (Int32Array indexes). */
const STATE = 0;
const SLEEPING = 1;
const FD = 2;
const LENGTH = 3;
const STOP = 4;
const HEADER_BYTES = 32;
/** STATE: nothing to write; a record placed; a record being written (by the writer or by us). */
const EMPTY = 0;
const PENDING = 1;
const WRITING = 2;
const SLOT_BYTES = 64 * 1024;

export interface WriterTiming {
  /** How often the writer looks at the slot after a record, ms. */
  pollMs: number;
  /** How long it keeps looking before it sleeps until notified, ms (0: it sleeps after each record). */
  idleMs: number;
}

/** The writer's loop, run with `eval` (a worker needs JavaScript, and this bench runs TypeScript). */
const WRITER = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const w = new Int32Array(workerData.shared, 0, ${HEADER_BYTES / 4});
const bytes = new Uint8Array(workerData.shared, ${HEADER_BYTES});
const { pollMs, idleMs } = workerData.timing;
let idleSince = performance.now();
while (!Atomics.load(w, ${STOP})) {
  if (Atomics.compareExchange(w, ${STATE}, ${PENDING}, ${WRITING}) === ${PENDING}) {
    writeSync(w[${FD}], bytes, 0, w[${LENGTH}]);
    Atomics.store(w, ${STATE}, ${EMPTY});
    Atomics.notify(w, ${STATE});
    idleSince = performance.now();
    continue;
  }
  const seen = Atomics.load(w, ${STATE});
  if (seen === ${PENDING}) continue;
  if (performance.now() - idleSince < idleMs) {
    Atomics.wait(w, ${STATE}, seen, pollMs);
    continue;
  }
  Atomics.store(w, ${SLEEPING}, 1);
  Atomics.wait(w, ${STATE}, ${EMPTY});
  Atomics.store(w, ${SLEEPING}, 0);
  idleSince = performance.now();
}
`;

/** A sink writing each record as a JSONL line to `fd` through the writer thread. */
export class WriterThreadSink implements LogSink {
  private readonly words: Int32Array;
  private readonly bytes: Uint8Array;
  private readonly worker: Worker;
  private readonly encoder = new TextEncoder();
  /** Records the answering thread had to write itself (the writer had not taken them in time). */
  ownWrites = 0;

  constructor(private readonly fd: number, timing: WriterTiming) {
    const shared = new SharedArrayBuffer(HEADER_BYTES + SLOT_BYTES);
    this.words = new Int32Array(shared, 0, HEADER_BYTES / 4);
    this.bytes = new Uint8Array(shared, HEADER_BYTES);
    this.worker = new Worker(WRITER, { eval: true, workerData: { shared, timing } });
    this.worker.unref();
    process.on('exit', this.settle);
  }

  write(record: LogRecord): void {
    this.settle();
    const line = `${JSON.stringify(record)}\n`;
    const { read, written } = this.encoder.encodeInto(line, this.bytes);
    if (read < line.length) {
      writeSync(this.fd, line);
      return;
    }
    this.words[FD] = this.fd;
    this.words[LENGTH] = written;
    Atomics.store(this.words, STATE, PENDING);
    if (Atomics.load(this.words, SLEEPING)) Atomics.notify(this.words, STATE, 1);
  }

  /** Returns once no record is un-written: writes the slot's record itself, or waits for the writer's write. */
  readonly settle = (): void => {
    for (;;) {
      const state = Atomics.load(this.words, STATE);
      if (state === EMPTY) return;
      if (state === PENDING) {
        if (Atomics.compareExchange(this.words, STATE, PENDING, WRITING) !== PENDING) continue;
        this.ownWrites++;
        writeSync(this.fd, this.bytes, 0, this.words[LENGTH]!);
        Atomics.store(this.words, STATE, EMPTY);
        return;
      }
      Atomics.wait(this.words, STATE, WRITING, 1);
    }
  };

  async close(): Promise<void> {
    this.settle();
    process.off('exit', this.settle);
    Atomics.store(this.words, STOP, 1);
    Atomics.notify(this.words, STATE);
  }
}
