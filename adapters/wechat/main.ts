/**
 * `policy-bot wechat`: the WeChat bot. Checks its settings, logs in with the puppet named by
 * WECHATY_PUPPET (printing a QR code to scan), answers until SIGINT or SIGTERM, then stops.
 * See docs/wechat.md for choosing a puppet and the risks of automating a personal account.
 */
import { createWechatBot } from './app.js';
import { createLogger, describeError } from './log.js';
import { readSettings } from './settings.js';
import { firstStopSignal } from '../stopSignal.js';

/** Resolves with the first of SIGINT / SIGTERM; a second one then ends the process as usual. */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const read = readSettings(args, env);
  if (!read.ok) {
    process.stderr.write(`policy-bot wechat: ${read.error}\n`);
    return 2;
  }
  const { puppet, token, asOf } = read.settings;
  const log = createLogger();
  // Loaded only after the settings pass, so a mistake is reported before the core's dictionaries
  // load; warmed before login, so no one's first message waits for them.
  const { createResponder, warmUp } = await import('../../src/bot.js');
  warmUp();
  const bot = createWechatBot({
    puppet,
    respond: createResponder(),
    log,
    ...(token ? { token } : {}),
    ...(asOf ? { asOf } : {}),
  });
  const stopped = firstStopSignal();
  try {
    await bot.start();
  } catch (err) {
    process.stderr.write(`policy-bot wechat: could not start ${puppet}: ${describeError(err)}\n`);
    await bot.stop(0).catch(() => undefined);
    return 1;
  }
  log.info(`started with ${puppet}; waiting for login (Ctrl-C to stop)`);
  const signal = await stopped;
  log.info(`${signal} received; stopping`);
  await bot.stop();
  log.info('stopped');
  return 0;
}
