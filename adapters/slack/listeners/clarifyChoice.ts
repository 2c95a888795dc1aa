/**
 * A click on one of a clarify answer's buttons (block_actions): the option's label goes to the
 * core as the user's next message in the same conversation, which picks that option while the
 * offer stands (src/dialogue/clarify/pick.ts). The answer goes where the buttons were: the
 * thread, the DM, or, for a /policy answer only its asker sees, ephemerally through response_url.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { CLARIFY_ACTION_PREFIX } from '../../../src/answer/render/slack.js';
import { conversationKey } from '../conversationKey.js';
import { answerMessage, type ListenerDeps } from '../reply.js';

/** Matches the buttons' action ids (clarify_1, clarify_2 …). */
export const CLARIFY_ACTION = new RegExp(`^${CLARIFY_ACTION_PREFIX}\\d+$`);

export function clarifyChoice(deps: ListenerDeps) {
  return async ({ ack, body, action, say, respond, logger }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>) => {
    await ack();
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (!channel || typeof action.value !== 'string' || !action.value) return;
    const ephemeral = body.container?.is_ephemeral === true;
    // The conversation the buttons belong to: the thread they were posted in, if any (a mention's
    // answer sits in the thread the mention started, whose key names that thread).
    const thread: string | undefined = body.message?.thread_ts ?? body.container?.thread_ts;
    const key = conversationKey({ team: body.team?.id, user: body.user.id, channel, thread: ephemeral ? undefined : thread });
    await deps.outbox.reply(
      key,
      () => answerMessage(deps, key, action.value!, logger),
      (message) => (ephemeral || !say ? respond({ response_type: 'ephemeral', replace_original: false, ...message }) : say(thread ? { ...message, thread_ts: thread } : message)),
    );
  };
}
