/**
 * `policy-bot wechat`: the WeChat bot. Checks its settings, logs in with the puppet named by
 * WECHATY_PUPPET (printing a QR code to scan), answers until SIGINT or SIGTERM, then stops.
 * See docs/wechat.md for choosing a puppet and the risks of automating a personal account.
 */
import { createLogger, describeError } from './log.js';
import { SETTINGS_ERRORS } from './messages.js';
import { isTokenRejection } from './puppetErrors.js';
import { createRedactor, guardOutput, secretsFromEnv } from './redact.js';
import { readSettings } from './settings.js';
import { firstStopSignal } from '../stopSignal.js';
import { openConversationLog, type ConversationLog } from '../../src/log/index.js';
import { openStateStore, readStoreSettings } from '../../src/state/index.js';

/** Exit status for a setting the bot cannot run with, as for a missing one. */
const BAD_SETTING = 2;

export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // First of all: Wechaty and the puppets print on their own, some of it with the token in it.
  const redact = createRedactor(secretsFromEnv(env));
  guardOutput(redact);
  const fail = (line: string): void => {
    process.stderr.write(`${redact(`policy-bot wechat: ${line}`)}\n`);
  };

  const read = readSettings(args, env);
  if (!read.ok) {
    fail(read.error);
    return BAD_SETTING;
  }
  const { puppet, token, asOf } = read.settings;
  const storeSettings = readStoreSettings(env);
  if (!storeSettings.ok) {
    fail(storeSettings.error);
    return BAD_SETTING;
  }
  const store = await openStateStore(env, { warn: (line) => process.stderr.write(`${line}\n`) });
  let conversationLog: ConversationLog | null;
  try {
    conversationLog = openConversationLog('wechat', env, (local, days) => store.logSink(local, days));
  } catch (err) {
    await store.close();
    fail((err as Error).message);
    return BAD_SETTING;
  }
  try {
    const log = createLogger(undefined, redact);
    // Loaded only after the settings pass, so a mistake is reported before Wechaty and the core's
    // dictionaries load; warmed before login, so no one's first message waits for them.
    const [{ createResponder, warmUp }, { createSharedResponder }, { createWechatBot }, { log: wechatyLog }] = await Promise.all([
      import('../../src/bot.js'),
      import('../../src/state/respond.js'),
      import('./app.js'),
      import('wechaty'),
    ]);
    warmUp();
    let said = false;
    let onTokenRejected = (): void => undefined;
    const rejected = new Promise<'rejected'>((resolve) => {
      // Said at once and Wechaty's log silenced at once: Wechaty reacts to the same error with
      // warnings of its own before this promise's reader runs.
      onTokenRejected = () => {
        if (said) return;
        said = true;
        fail(SETTINGS_ERRORS.tokenRejected(puppet));
        wechatyLog.level('silent');
        resolve('rejected');
      };
    });
    const bot = createWechatBot({
      puppet,
      respond: store.kind === 'memory' ? createResponder({ log: conversationLog }) : createSharedResponder({ store, log: conversationLog }),
      store,
      ...(conversationLog ? { recordFeedback: conversationLog.recordFeedback } : {}),
      log,
      onTokenRejected,
      guardProcess: true,
      ...(token ? { token } : {}),
      ...(asOf ? { asOf } : {}),
    });
    const stopped = firstStopSignal();

    /** The service refuses this token on every retry: stop, without more noise. */
    const stopRejected = async (): Promise<number> => {
      await bot.stop(0).catch(() => undefined);
      return BAD_SETTING;
    };

    try {
      // A puppet service reports a rejected token while start() is still waiting on it.
      if ((await Promise.race([bot.start(), rejected])) === 'rejected') return await stopRejected();
    } catch (err) {
      if (token && isTokenRejection(err)) {
        onTokenRejected();
        return await stopRejected();
      }
      fail(`could not start ${puppet}: ${describeError(err)}`);
      await bot.stop(0).catch(() => undefined);
      return 1;
    }
    log.info(`started with ${puppet}; waiting for login (Ctrl-C to stop)`);
    const end = await Promise.race([stopped, rejected]);
    if (end === 'rejected') return await stopRejected();
    log.info(`${end} received; stopping`);
    await bot.stop();
    log.info('stopped');
    return 0;
  } finally {
    // The log's last records go to the store before its connection closes.
    await conversationLog?.close();
    await store.close();
  }
}
