/**
 * `message.im`: a direct message to the bot. The reply goes where the message was: the DM
 * itself, or the thread when the user wrote inside one.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { conversationKey } from '../conversationKey.js';
import { markReplyPosted } from '../middleware/skipRetries.js';
import { questionFromSlack } from '../incomingText.js';
import { answerMessage, type ListenerDeps } from '../reply.js';

/** The message listener; answers only direct messages a person typed. */
export function directMessage(deps: ListenerDeps) {
  return async ({ event, body, say, logger, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>) => {
    // Edits, deletions, joins and bot posts arrive as subtypes; only what a person typed is a question.
    if (event.channel_type !== 'im' || event.subtype !== undefined || !event.user) return;
    const thread = event.thread_ts;
    const key = conversationKey({ team: body.team_id, user: event.user, channel: event.channel, thread });
    const question = questionFromSlack(event.text);
    const posted = await deps.outbox.reply(
      key,
      () => answerMessage(deps, key, question, logger),
      (message) => say(thread ? { ...message, thread_ts: thread } : message),
    );
    if (posted) markReplyPosted(context);
  };
}
