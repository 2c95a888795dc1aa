/**
 * Stopping on SIGTERM/SIGINT: take no more work, let the replies already acknowledged finish
 * within a bound, then close. Slack has been told those events were received, so dropping their
 * replies would lose them; waiting forever would make a supervisor kill the bot mid-post.
 */
import type { Server } from 'node:http';
import type { SlackBot } from './app.js';
import { WEB_API_DEFAULTS } from './webClientOptions.js';

export const SHUTDOWN_DEFAULTS = Object.freeze({
  /** How long replies under way may take; with one post's time limit after it, under Docker's 10 s. */
  drainMs: 4_000,
});

const within = (ms: number, work: Promise<unknown>) =>
  Promise.race([work, new Promise((resolve) => setTimeout(resolve, ms).unref())]);

/** Stops `bot` (and its HTTP `server`, if any); resolves once it is safe to exit. */
export async function shutDown(bot: SlackBot, server: Server | undefined, drainMs: number = SHUTDOWN_DEFAULTS.drainMs): Promise<void> {
  bot.refuseNew();
  // HTTP: the server stops listening and closes idle connections; Socket Mode: the socket closes,
  // and Slack sends what it has not had acknowledged to the next connection.
  const stopped = bot.app.stop().catch(() => {});
  if (!(await bot.outbox.drain(drainMs))) {
    bot.logger.warn(`policy-bot slack: ${bot.outbox.pending} replies still under way after ${drainMs / 1000} s; giving up those waiting to retry`);
    bot.outbox.abort();
    // Posts already sent end within their own time limit; each reply given up is logged with its key.
    await bot.outbox.drain(WEB_API_DEFAULTS.timeoutMs + 500);
  }
  server?.closeAllConnections();
  await within(1_000, stopped);
}
