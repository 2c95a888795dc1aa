/** `app_mention` in a channel: answer in the thread the mention starts or sits in. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { conversationKey } from '../conversationKey.js';
import { markReplyPosted } from '../middleware/skipRetries.js';
import { questionFromSlack } from '../incomingText.js';
import { answerMessage, type ListenerDeps } from '../reply.js';

/** The app_mention listener; `deps` carries the core and the as-of date. */
export function appMention(deps: ListenerDeps) {
  return async ({ event, body, say, logger, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>) => {
    if (!event.user) return;
    const thread = event.thread_ts ?? event.ts;
    const key = conversationKey({ team: body.team_id, user: event.user, channel: event.channel, thread });
    const question = questionFromSlack(event.text);
    const posted = await deps.outbox.reply(
      key,
      () => answerMessage(deps, key, question, logger),
      (message) => say({ ...message, thread_ts: thread }),
    );
    if (posted) markReplyPosted(context);
  };
}
