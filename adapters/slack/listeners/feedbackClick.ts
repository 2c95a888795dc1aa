/**
 * A click on 👍 or 👎 under an answer (block_actions, issue 12). Acknowledged first, so Slack's
 * 3-second limit never waits on the log or the Web API; then recorded against the answer's id (the
 * button's value) and shown to the clicker alone, as an ephemeral thanks through response_url: in a
 * channel the answer is everyone's, and replacing its buttons for one person's click would take
 * them from the others.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { FEEDBACK_ACTIONS, escapeMrkdwn, type SlackMessage } from '../../../src/answer/render/slack.js';
import { feedbackThanks } from '../../../src/feedback/words.js';
import type { FeedbackValue } from '../../../src/feedback/types.js';
import { conversationKey } from '../conversationKey.js';
import type { ListenerDeps } from '../reply.js';

/** Matches the two buttons' action ids. */
export const FEEDBACK_ACTION = new RegExp(`^(?:${FEEDBACK_ACTIONS.up}|${FEEDBACK_ACTIONS.down})$`);

function thanks(value: FeedbackValue): SlackMessage {
  const text = escapeMrkdwn(feedbackThanks(value));
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }] };
}

export function feedbackClick(deps: ListenerDeps) {
  return async ({ ack, body, action, respond, logger }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>) => {
    await ack();
    const answerId = action.value;
    if (typeof answerId !== 'string' || !answerId) return;
    const value: FeedbackValue = action.action_id === FEEDBACK_ACTIONS.up ? 'up' : 'down';
    const channel = body.channel?.id ?? body.container?.channel_id ?? '-';
    const ephemeral = body.container?.is_ephemeral === true;
    const thread: string | undefined = ephemeral ? undefined : body.message?.thread_ts ?? body.container?.thread_ts;
    // The clicker's own conversation (hashed by the recorder): the answer itself is named by its id.
    const key = conversationKey({ team: body.team?.id, user: body.user.id, channel, thread });
    try {
      deps.recordFeedback?.({ channel: 'slack', conversation: key, answerId, value });
    } catch (err) {
      // A log that cannot be written must not cost the user the thanks, nor the bot its listener.
      logger.error(`policy-bot slack: feedback not recorded: ${err instanceof Error ? err.message : String(err)}`);
    }
    await deps.outbox.reply(key, () => thanks(value), (message) => respond({ response_type: 'ephemeral', replace_original: false, ...message }));
  };
}
