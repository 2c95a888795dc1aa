/**
 * `policy-bot slack`: settings → bot identity → core → Bolt App → listen until SIGINT/SIGTERM,
 * then finish the replies under way (shutdown.ts) and exit 0.
 * Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP on PORT at /slack/events.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App, Logger } from '@slack/bolt';
import { createSlackBot, EVENTS_PATH } from './app.js';
import { loadCore } from './core.js';
import { identifyBot } from './identify.js';
import { redactor, type Redact } from './redact.js';
import { readSettings, type SlackSettings } from './settings.js';
import { shutDown } from './shutdown.js';
import { firstStopSignal } from '../stopSignal.js';
import { openConversationLog, type ConversationLog } from '../../src/log/index.js';
import { openStateStore, readStoreSettings, type StateStore } from '../../src/state/index.js';

const USAGE = 'usage: policy-bot slack [--as-of YYYY-MM-DD]   (settings: see docs/slack.md)';

function fail(message: string, code: number, redact: Redact = (t) => t): number {
  process.stderr.write(redact(`policy-bot slack: ${message}\n`));
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

/** Starts the receiver; returns the line that says where the bot is listening, and its server. */
async function start(app: App, settings: SlackSettings): Promise<{ line: string; server?: Server }> {
  if (settings.mode === 'socket') {
    await app.start();
    return { line: 'connected in Socket Mode' };
  }
  const server = (await app.start({ port: settings.port, ...(settings.host ? { host: settings.host } : {}) })) as Server;
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return { line: `listening on http://${host}:${port}${EVENTS_PATH}`, server };
}

/**
 * The last resort: an error nothing else caught is logged as one line, and the bot keeps serving
 * the other conversations rather than dropping them all. Returns the function that removes it.
 */
function keepServing(logger: Logger): () => void {
  const log = (what: string) => (err: unknown) => {
    const e = err instanceof Error ? err : new Error(String(err));
    const where = e.stack?.split('\n').find((l) => l.trimStart().startsWith('at '))?.trim() ?? '';
    logger.error(`policy-bot slack: ${what}, still serving: ${e.name}: ${e.message}${where ? ` (${where})` : ''}`.replace(/\s*\n\s*/g, ' '));
  };
  const onException = log('unexpected error');
  const onRejection = log('unhandled rejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
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
  const storeSettings = readStoreSettings(withArgs);
  if (!storeSettings.ok) return fail(storeSettings.error, 2);
  const redact = redactor([settings.botToken, settings.signingSecret, settings.appToken]);

  // Sessions, event ids and the log in Redis when REDIS_URL is set; an unreachable Redis is
  // reported and retried, never a reason not to start.
  const store: StateStore = await openStateStore(withArgs, { warn: (line) => process.stderr.write(`${line}\n`) });
  let conversationLog: ConversationLog | null;
  try {
    conversationLog = openConversationLog('slack', withArgs, (local, days) => store.logSink(local, days));
  } catch (err) {
    await store.close();
    return fail((err as Error).message, 2, redact);
  }

  const identity = await identifyBot(settings);
  if (!identity.ok) {
    await conversationLog?.close();
    await store.close();
    return fail(identity.message, 1, redact);
  }
  const respond = await loadCore(conversationLog, store);
  const bot = createSlackBot({ settings, respond, store, ...(conversationLog ? { recordFeedback: conversationLog.recordFeedback } : {}), bot: { botId: identity.botId, botUserId: identity.botUserId } });
  const removeLastResort = keepServing(bot.logger);

  // Listening for the stop signal before saying where the bot listens: whoever reads that line
  // may signal at once, and Node's default action would kill the bot without stopping it.
  const stopped = firstStopSignal();
  let server: Server | undefined;
  try {
    const started = await start(bot.app, settings);
    server = started.server;
    process.stdout.write(`policy-bot slack: ${started.line}\n`);
  } catch (err) {
    await bot.app.stop().catch(() => {});
    await conversationLog?.close();
    await store.close();
    removeLastResort();
    return fail(startFailure(err, settings), 1, redact);
  }
  const signal = await stopped;
  process.stdout.write(`policy-bot slack: ${signal}, stopping\n`);
  await shutDown(bot, server);
  await conversationLog?.close();
  // After the log: its last records go to the store before the connection closes.
  await store.close();
  removeLastResort();
  return 0;
}
