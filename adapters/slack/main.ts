/**
 * `policy-bot slack`: settings → bot identity → core → Bolt App → listen until SIGINT/SIGTERM.
 * Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP on PORT at /slack/events.
 */
import type { AddressInfo } from 'node:net';
import { createSlackApp, EVENTS_PATH } from './app.js';
import { loadCore } from './core.js';
import { identifyBot } from './identify.js';
import { readSettings } from './settings.js';

const USAGE = 'usage: policy-bot slack [--as-of YYYY-MM-DD]   (settings: see docs/slack.md)';

function fail(message: string, code: number): number {
  process.stderr.write(`policy-bot slack: ${message}\n`);
  return code;
}

/** `--as-of` on the command line wins over POLICY_AS_OF, as for the other commands. */
function envWithArgs(args: string[], env: NodeJS.ProcessEnv): NodeJS.ProcessEnv | string {
  const out = { ...env };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--as-of' && args[i + 1] !== undefined) out.POLICY_AS_OF = args[++i];
    else if (arg.startsWith('--as-of=')) out.POLICY_AS_OF = arg.slice('--as-of='.length);
    else return arg === '--help' || arg === '-h' ? USAGE : `unknown argument "${arg}"; ${USAGE}`;
  }
  return out;
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Runs the bot until SIGINT/SIGTERM; returns the exit code (2: bad settings, 1: Slack refused). */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const withArgs = envWithArgs(args, env);
  if (typeof withArgs === 'string') return fail(withArgs, withArgs === USAGE ? 0 : 2);
  const read = readSettings(withArgs);
  if (!read.ok) return fail(read.message, 2);
  const { settings } = read;

  const bot = await identifyBot(settings);
  if (!bot.ok) return fail(bot.message, 1);
  const respond = await loadCore();
  // The first answer loads the segmenter's dictionaries (~1 s). Pay that before listening, so no
  // user waits for it; the warm-up's key cannot collide with a Slack conversation key.
  respond('warm-up', '第1条', settings.asOf ? { asOf: settings.asOf } : {});
  const app = createSlackApp({ settings, respond, bot: { botId: bot.botId, botUserId: bot.botUserId } });

  if (settings.mode === 'socket') {
    await app.start();
    process.stdout.write('policy-bot slack: connected in Socket Mode\n');
  } else {
    const server = await app.start({ port: settings.port, ...(settings.host ? { host: settings.host } : {}) });
    const { address, port } = server.address() as AddressInfo;
    const host = address.includes(':') ? `[${address}]` : address;
    process.stdout.write(`policy-bot slack: listening on http://${host}:${port}${EVENTS_PATH}\n`);
  }
  const signal = await untilSignal();
  process.stdout.write(`policy-bot slack: ${signal}, stopping\n`);
  await app.stop();
  return 0;
}
