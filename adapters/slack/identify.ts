/**
 * Asks the Web API who the bot is (auth.test) once, at start. A refused token or an unreachable
 * SLACK_API_URL stops the bot with one clear line instead of failing every event later; the ids
 * go to Bolt so it does not call auth.test again, and so it can recognise its own posts.
 */
import { webApi } from '@slack/bolt';
import { redactingLogger } from './logger.js';
import { redactor } from './redact.js';
import type { SlackSettings } from './settings.js';
import { webClientOptions } from './webClientOptions.js';

export type Identity = { ok: true; botId: string; botUserId: string } | { ok: false; message: string };

/** auth.test once, with no retries: the bot's ids, or one line saying what is wrong. */
export async function identifyBot(settings: SlackSettings): Promise<Identity> {
  // The same time limit as every other call: a Web API that accepts but never answers is unreachable.
  // Its own lines go through the redactor too, like every other logger of the bot.
  const logger = redactingLogger(redactor([settings.botToken, settings.signingSecret, settings.appToken]), undefined, webApi.LogLevel.ERROR);
  const client = new webApi.WebClient(settings.botToken, { ...webClientOptions(settings.slackApiUrl), logger });
  const where = settings.slackApiUrl ?? 'https://slack.com/api/';
  try {
    const result = await client.auth.test();
    if (!result.bot_id || !result.user_id) {
      return { ok: false, message: 'SLACK_BOT_TOKEN is not a bot token: auth.test names no bot (use the Bot User OAuth Token, xoxb-…)' };
    }
    return { ok: true, botId: result.bot_id, botUserId: result.user_id };
  } catch (err) {
    const e = err as { code?: string; data?: { error?: string }; original?: { name?: string; code?: string; message?: string; cause?: { code?: string } } };
    if (e.code === webApi.ErrorCode.PlatformError) {
      return { ok: false, message: `SLACK_BOT_TOKEN was refused by the Slack Web API at ${where} (${e.data?.error ?? 'error'})` };
    }
    const why = e.original?.name === 'TimeoutError' ? 'no answer within the time limit' : e.original?.cause?.code ?? e.original?.code ?? e.original?.message ?? (err instanceof Error ? err.message : String(err));
    return { ok: false, message: `could not reach the Slack Web API at ${where} (${why}); check SLACK_API_URL and the network` };
  }
}
