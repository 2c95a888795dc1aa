/**
 * nodejieba on a thread of its own, called synchronously as nodejieba itself is.
 *
 * Why: loading jieba's dictionaries takes about a second of one core (nodejieba reads the main
 * dictionary twice: once for the segmenter, once for a TextRank extractor it builds beside it),
 * and the first free-text question used to pay it after the bot's own modules had loaded, for
 * another second. Started when the process starts (startJieba, from the command line's entry), the
 * load runs on the machine's other core while those modules load. Nothing leaves the measured
 * start-up: the same work is done, at the same time rather than one after the other.
 *
 * How: one SharedArrayBuffer holds a small header (state, length) and a data area. The caller
 * writes a request (JSON: [call, ...args]) into the data area, sets REQUEST and blocks in
 * Atomics.wait until the thread sets DONE (the answer, JSON, in the data area) or ERROR. About
 * two calls a turn, some tens of microseconds each. A request or answer larger than the area
 * grows it: the new buffer goes over a MessagePort, the thread takes it with receiveMessageOnPort.
 *
 * The thread never keeps the process alive, but a process cannot end while the thread is inside
 * nodejieba's load (native code is not interrupted): start it early only where messages will follow.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { JiebaDictionaries } from '../knowledge/jiebaDictionaries.js';

/** What nodejieba.load is given; every path checked to exist and parse (see knowledge/lexicon.ts). */
export interface JiebaFiles {
  dict: string;
  userDict: string;
  idfDict: string;
  stopWordDict: string;
}

export function filesOf(d: JiebaDictionaries): JiebaFiles {
  return { dict: d.dictPath, userDict: d.userDictPath, idfDict: d.idfPath, stopWordDict: d.stopwordsPath };
}

const STATES = Object.freeze({ LOADING: 0, IDLE: 1, REQUEST: 2, DONE: 3, ERROR: 4, FAILED: 5, TOO_BIG: 6, GROW: 7 });
const SLOTS = Object.freeze({ STATE: 0, LENGTH: 1, HEADER: 4 });
const INITIAL_BYTES = 1 << 16;
/** How long a call may wait before the thread counts as gone: loading takes seconds on a loaded machine. */
const LOAD_TIMEOUT_MS = 300_000;
const CALL_TIMEOUT_MS = 60_000;
const WORKER = fileURLToPath(new URL('./jieba.worker.cjs', import.meta.url));

interface Thread {
  files: JiebaFiles;
  worker: Worker;
  port: MessagePort;
  ctrl: Int32Array;
  data: Uint8Array;
  /** Set when the thread failed or exited: every later call throws it. */
  failure: Error | null;
  loaded: boolean;
}

let thread: JiebaThread | undefined;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function buffers(bytes: number): { shared: SharedArrayBuffer; ctrl: Int32Array; data: Uint8Array } {
  const shared = new SharedArrayBuffer(SLOTS.HEADER * 4 + bytes);
  return { shared, ctrl: new Int32Array(shared, 0, SLOTS.HEADER), data: new Uint8Array(shared, SLOTS.HEADER * 4) };
}

/**
 * A nodejieba of its own on a new thread, loading `files` (the main dictionary removed once read
 * when `temporary`: jiebaSubsetThread.ts writes a small one for each load). Each thread holds its own
 * nodejieba: a native addon has one instance per thread.
 */
export interface JiebaThread {
  readonly files: JiebaFiles;
  /** One nodejieba call on the thread (see callJieba); the first waits for the load. */
  call<T>(name: JiebaCallName, ...args: unknown[]): T;
  /** Whether the load has ended (loaded or failed), without waiting for it. */
  settled(): boolean;
  /** Ends the thread (it must not be inside a call). */
  close(): void;
}

export type JiebaCallName = 'cut' | 'cutForSearch' | 'tag' | 'insertWords' | 'load';

export function openJiebaThread(files: JiebaFiles, temporary = false): JiebaThread {
  const { shared, ctrl, data } = buffers(INITIAL_BYTES);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER, {
    workerData: { files, temporary, shared, port: port2, states: STATES, slots: SLOTS },
    transferList: [port2],
  });
  const t: Thread = { files, worker, port: port1, ctrl, data, failure: null, loaded: false };
  worker.on('error', (err) => { t.failure ??= new Error(`the nodejieba thread failed: ${err.message}`); });
  worker.on('exit', (code) => { t.failure ??= new Error(`the nodejieba thread exited (code ${code})`); });
  worker.unref();
  port1.unref();
  return {
    files,
    call: <T>(name: JiebaCallName, ...args: unknown[]) => callOn<T>(t, name, args),
    settled: () => t.loaded || t.failure !== null || Atomics.load(t.ctrl, SLOTS.STATE) !== STATES.LOADING,
    close: () => {
      t.failure ??= new Error('the nodejieba thread was closed');
      void worker.terminate();
    },
  };
}

/**
 * Starts loading nodejieba with `files` on its own thread, unless it is already; returns at once.
 * The thread never keeps the process alive.
 */
export function startJieba(files: JiebaFiles): void {
  if (thread) {
    if (JSON.stringify(thread.files) !== JSON.stringify(files)) throw new Error('nodejieba is already loaded with other dictionaries');
    return;
  }
  thread = openJiebaThread(files);
}

/** Whether startJieba has been called in this process. */
export function jiebaStarted(): boolean {
  return thread !== undefined;
}

/** Whether the thread startJieba started has finished loading (or failed), without waiting. */
export function jiebaSettled(): boolean {
  return thread !== undefined && thread.settled();
}

/** Blocks until the state leaves `from`, or throws when the thread is gone. */
function waitWhile(t: Thread, from: number, timeoutMs: number): number {
  const deadline = Date.now() + timeoutMs;
  let state: number;
  while ((state = Atomics.load(t.ctrl, SLOTS.STATE)) === from) {
    if (t.failure) throw t.failure;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`the nodejieba thread did not answer within ${timeoutMs / 1000} s`);
    // In slices, so a thread that died (t.failure, set by its exit event) is noticed.
    Atomics.wait(t.ctrl, SLOTS.STATE, from, Math.min(left, 1000));
  }
  return state;
}

function grow(t: Thread, bytes: number): void {
  const next = buffers(Math.max(bytes, t.data.length * 2));
  next.ctrl[SLOTS.STATE] = STATES.LOADING;
  t.port.postMessage(next.shared);
  const old = t.ctrl;
  Atomics.store(old, SLOTS.STATE, STATES.GROW);
  Atomics.notify(old, SLOTS.STATE);
  t.ctrl = next.ctrl;
  t.data = next.data;
  waitWhile(t, STATES.LOADING, CALL_TIMEOUT_MS);
}

function ready(t: Thread): Thread {
  if (!t.loaded) {
    const state = waitWhile(t, STATES.LOADING, LOAD_TIMEOUT_MS);
    if (state === STATES.FAILED) t.failure ??= new Error(decoder.decode(t.data.subarray(0, t.ctrl[SLOTS.LENGTH])));
    if (t.failure) throw t.failure;
    t.loaded = true;
  }
  if (t.failure) throw t.failure;
  return t;
}

/** One nodejieba call on the thread startJieba started: [name, ...args] in, its JSON-able result out. */
export function callJieba<T>(name: JiebaCallName, ...args: unknown[]): T {
  if (!thread) throw new Error('nodejieba has not been started (startJieba)');
  return thread.call<T>(name, ...args);
}

function callOn<T>(thread: Thread, name: JiebaCallName, args: unknown[]): T {
  const t = ready(thread);
  const request = encoder.encode(JSON.stringify([name, ...args]));
  if (request.length > t.data.length) grow(t, request.length);
  for (;;) {
    t.data.set(request);
    t.ctrl[SLOTS.LENGTH] = request.length;
    Atomics.store(t.ctrl, SLOTS.STATE, STATES.REQUEST);
    Atomics.notify(t.ctrl, SLOTS.STATE);
    const state = waitWhile(t, STATES.REQUEST, name === 'load' ? LOAD_TIMEOUT_MS : CALL_TIMEOUT_MS);
    const length = t.ctrl[SLOTS.LENGTH]!;
    if (state === STATES.TOO_BIG) {
      Atomics.store(t.ctrl, SLOTS.STATE, STATES.IDLE);
      grow(t, length);
      continue;
    }
    const text = decoder.decode(t.data.subarray(0, length));
    Atomics.store(t.ctrl, SLOTS.STATE, STATES.IDLE);
    if (state === STATES.ERROR) throw new Error(`nodejieba.${name}: ${text}`);
    return JSON.parse(text) as T;
  }
}
