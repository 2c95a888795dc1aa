/**
 * Drops events written by any bot, this one included. Bolt's ignoreSelf only knows this bot's
 * ids; another bot's post (bot_id set, or subtype bot_message) could otherwise start two bots
 * answering each other forever.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/** Global middleware: events with bot_id, bot_profile or subtype bot_message stop here. */
export const ignoreBots: Middleware<AnyMiddlewareArgs> = async (args) => {
  const event = 'event' in args ? (args.event as unknown as Record<string, unknown> | undefined) : undefined;
  if (event && (event.bot_id || event.bot_profile || event.subtype === 'bot_message')) return;
  await args.next();
};
