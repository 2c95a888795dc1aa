/**
 * Wiring: a Wechaty instance with the handlers attached. Whoever calls this chooses the puppet
 * (main.ts: the one named by WECHATY_PUPPET; tests: wechaty-puppet-mock) and the core to ask.
 */
import { WechatyBuilder, type PuppetModuleName, type Wechaty, type WechatyOptions } from 'wechaty';
import type { Respond } from '../../src/answer/types.js';
import type { AsyncRespond } from '../../src/state/respond.js';
import type { StateStore } from '../../src/state/types.js';
import type { RecordFeedback } from '../../src/feedback/types.js';
import { createErrorGuard } from './errorGuard.js';
import { createFeedbackMemory, type FeedbackMemoryOptions } from './feedback.js';
import { createLogger, type Logger } from './log.js';
import { createMessageHandler } from './onMessage.js';
import { createScanHandler } from './onScan.js';
import { isTokenRejection } from './puppetErrors.js';
import { createKeyedQueue } from './queue.js';
import { createRateLimiter, sharedRateLimiter, type RateLimitOptions } from './rateLimit.js';

/** How long a stop waits for a start in progress to end (a puppet service's start waits 5 s). */
const START_SETTLE_MS = 15_000;

type PuppetInstance = Exclude<WechatyOptions['puppet'], string | undefined>;

export interface WechatBotOptions {
  /** A puppet instance, or the npm name of a puppet package Wechaty should load. */
  puppet: PuppetInstance | string;
  /** Token for puppets that need one (a puppet service, padlocal). */
  token?: string;
  respond: Respond | AsyncRespond;
  /** A shared store (Redis) keeps the rate windows for every instance; absent or memory: this process's own. */
  store?: StateStore;
  /** Where "有用", "没用", 👍 and 👎 after an answer are recorded (the conversation log). */
  recordFeedback?: RecordFeedback;
  /** How long after an answer a word of feedback is about it, and how many conversations are remembered. */
  feedback?: FeedbackMemoryOptions;
  asOf?: string;
  rateLimit?: RateLimitOptions;
  /** Characters per WeChat message. */
  maxChars?: number;
  log?: Logger;
  /** Where the login QR code and link go; standard output by default. */
  print?: (text: string) => void;
  /**
   * Called once when the puppet service rejects `token`. That error is not logged: the service
   * refuses the token on every retry, and its error text quotes the token.
   */
  onTokenRejected?: () => void;
  /** Take over the process's uncaught-error handlers (the CLI does; tests in a shared worker do not). */
  guardProcess?: boolean;
}

export interface WechatBot {
  wechaty: Wechaty;
  start(): Promise<void>;
  /** Ignores new messages, lets replies in progress finish (for up to `graceMs`), then stops Wechaty. */
  stop(graceMs?: number): Promise<void>;
}

export function createWechatBot(options: WechatBotOptions): WechatBot {
  const log = options.log ?? createLogger();
  const print = options.print ?? ((text: string) => process.stdout.write(`${text}\n`));
  // No `name`: Wechaty would then keep the login session in <name>.memory-card.json in the
  // working directory, credentials on disk that docs/wechat.md would have to warn about.
  const wechaty =
    typeof options.puppet === 'string'
      ? WechatyBuilder.build({
          // Checked by settings.ts to be an installed package; Wechaty's type lists only official names.
          puppet: options.puppet as PuppetModuleName,
          puppetOptions: options.token ? { token: options.token } : {},
        })
      : WechatyBuilder.build({ puppet: options.puppet });
  const queue = createKeyedQueue();
  const errors = createErrorGuard(log);
  let tokenRejected = false;
  const handle = createMessageHandler({
    respond: options.respond,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.maxChars ? { maxChars: options.maxChars } : {}),
    limiter: options.store && options.store.kind !== 'memory' ? sharedRateLimiter(options.store, options.rateLimit) : createRateLimiter(options.rateLimit),
    queue,
    log,
    feedback: createFeedbackMemory(options.feedback),
    ...(options.recordFeedback ? { recordFeedback: options.recordFeedback } : {}),
  });
  let stopping = false;

  wechaty
    .on('scan', createScanHandler(print, log))
    .on('login', (user) => log.info(`logged in as ${user.id}`))
    .on('logout', (user) => log.info(`logged out ${user.id}`))
    .on('error', (err) => {
      if (options.token && isTokenRejection(err)) {
        if (!tokenRejected) {
          errors.silence(); // what follows is the fallout of this one error
          options.onTokenRejected?.();
        }
        tokenRejected = true;
        return;
      }
      errors.report('wechaty error', err);
    })
    .on('message', (msg) => {
      if (stopping) return;
      // Called synchronously to keep arrival order; a throw here must not reach Wechaty's emitter.
      const fail = (err: unknown): void => log.error('message handler failed', err, { detail: false });
      try {
        handle(msg).catch(fail);
      } catch (err) {
        fail(err);
      }
    });

  /** The start in progress, if any: Wechaty mishandles a stop that arrives during it. */
  let starting: Promise<void> | undefined;
  const settled = (promise: Promise<unknown>, ms: number): Promise<void> => {
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((resolve) => { timer = setTimeout(resolve, ms); });
    return Promise.race([promise.then(() => undefined, () => undefined), bound]).finally(() => clearTimeout(timer));
  };

  return {
    wechaty,
    async start() {
      if (options.guardProcess) errors.takeOverProcess();
      starting = wechaty.start();
      try {
        await starting;
      } finally {
        starting = undefined;
        // Again: the puppet's module, loaded by start(), may have registered its own handlers.
        if (options.guardProcess) errors.takeOverProcess();
      }
    },
    async stop(graceMs = 5000) {
      stopping = true;
      errors.stopping();
      await settled(queue.idle(), graceMs);
      const unfinished = starting;
      await wechaty.stop();
      // Stopped mid-start (a rejected token), Wechaty finishes its start afterwards and runs again,
      // its hourly keep-alive timer holding the process open: stop it once more when that start ends.
      if (unfinished) {
        await settled(unfinished, START_SETTLE_MS);
        await wechaty.stop();
      }
    },
  };
}
