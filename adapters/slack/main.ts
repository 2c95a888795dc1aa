/**
 * `policy-bot slack`: settings → bot identity → core → Bolt App → listen until SIGINT/SIGTERM.
 * Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP on PORT at /slack/events.
 */
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import { createSlackApp, EVENTS_PATH } from './app.js';
import { loadCore } from './core.js';
import { identifyBot } from './identify.js';
import { readSettings, type SlackSettings } from './settings.js';
import { firstStopSignal } from '../stopSignal.js';

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
    if (arg === '--as-of') {
      if (args[i + 1] === undefined) return `--as-of needs a date as YYYY-MM-DD; ${USAGE}`;
      out.POLICY_AS_OF = args[++i];
    }
    else if (arg.startsWith('--as-of=')) out.POLICY_AS_OF = arg.slice('--as-of='.length);
    else return arg === '--help' || arg === '-h' ? USAGE : `unknown argument "${arg}"; ${USAGE}`;
  }
  return out;
}

/** Starts the receiver; returns the line that says where the bot is listening. */
async function start(app: App, settings: SlackSettings): Promise<string> {
  if (settings.mode === 'socket') {
    await app.start();
    return 'connected in Socket Mode';
  }
  const server = await app.start({ port: settings.port, ...(settings.host ? { host: settings.host } : {}) });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return `listening on http://${host}:${port}${EVENTS_PATH}`;
}

/** One line for a failed start, naming the setting to change where one is to blame. */
function startFailure(err: unknown, settings: SlackSettings): string {
  const e = err as { code?: string; data?: { error?: string } };
  if (e.code === 'slack_webapi_platform_error' && settings.mode === 'socket') {
    return `SLACK_APP_TOKEN was refused by the Slack Web API at ${settings.slackApiUrl ?? 'https://slack.com/api/'} (${e.data?.error ?? 'error'})`;
  }
  if (e.code === 'EADDRINUSE') return `PORT ${settings.port} is already in use; set PORT to a free port`;
  if (e.code === 'EACCES') return `PORT ${settings.port} needs privileges; use a port above 1023`;
  if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') return 'HOST is not an address of this machine';
  return `could not start: ${err instanceof Error ? err.message : String(err)}`;
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
  const app = createSlackApp({ settings, respond, bot: { botId: bot.botId, botUserId: bot.botUserId } });

  // Listening for the stop signal before saying where the bot listens: whoever reads that line
  // may signal at once, and Node's default action would kill the bot without stopping it.
  const stopped = firstStopSignal();
  try {
    process.stdout.write(`policy-bot slack: ${await start(app, settings)}\n`);
  } catch (err) {
    await app.stop().catch(() => {});
    return fail(startFailure(err, settings), 1);
  }
  const signal = await stopped;
  process.stdout.write(`policy-bot slack: ${signal}, stopping\n`);
  await app.stop();
  return 0;
}
