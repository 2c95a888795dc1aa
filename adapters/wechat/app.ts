/**
 * Wiring: a Wechaty instance with the handlers attached. Whoever calls this chooses the puppet
 * (main.ts: the one named by WECHATY_PUPPET; tests: wechaty-puppet-mock) and the core to ask.
 */
import { WechatyBuilder, type PuppetModuleName, type Wechaty, type WechatyOptions } from 'wechaty';
import type { Respond } from '../../src/answer/types.js';
import { createLogger, type Logger } from './log.js';
import { createMessageHandler } from './onMessage.js';
import { createScanHandler } from './onScan.js';
import { createKeyedQueue } from './queue.js';
import { createRateLimiter, type RateLimitOptions } from './rateLimit.js';

type PuppetInstance = Exclude<WechatyOptions['puppet'], string | undefined>;

export interface WechatBotOptions {
  /** A puppet instance, or the npm name of a puppet package Wechaty should load. */
  puppet: PuppetInstance | string;
  /** Token for puppets that need one (a puppet service, padlocal). */
  token?: string;
  respond: Respond;
  asOf?: string;
  rateLimit?: RateLimitOptions;
  /** Characters per WeChat message. */
  maxChars?: number;
  log?: Logger;
  /** Where the login QR code and link go; standard output by default. */
  print?: (text: string) => void;
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
  const handle = createMessageHandler({
    respond: options.respond,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.maxChars ? { maxChars: options.maxChars } : {}),
    limiter: createRateLimiter(options.rateLimit),
    queue,
    log,
  });
  let stopping = false;

  wechaty
    .on('scan', createScanHandler(print, log))
    .on('login', (user) => log.info(`logged in as ${user.id}`))
    .on('logout', (user) => log.info(`logged out ${user.id}`))
    .on('error', (err) => log.error('wechaty error', err))
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

  return {
    wechaty,
    start: () => wechaty.start(),
    async stop(graceMs = 5000) {
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => { timer = setTimeout(resolve, graceMs); });
      await Promise.race([queue.idle(), grace]);
      clearTimeout(timer);
      await wechaty.stop();
    },
  };
}
