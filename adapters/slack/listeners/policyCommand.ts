/**
 * `/policy <question>`. Acknowledged at once with an empty body, then answered through the
 * command's response_url, so the 3-second limit holds however long the core takes. The answer is
 * ephemeral (only the asker sees it): questions about one's own degree or company are personal,
 * and the channel is not flooded. Slack does not show the command text in that case, so the
 * answer repeats the question above itself.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { conversationKey } from '../conversationKey.js';
import { questionFromSlack } from '../incomingText.js';
import { answerMessage, type ListenerDeps } from '../reply.js';

export const POLICY_COMMAND = '/policy';

/** The /policy listener: ack empty, then an ephemeral answer through response_url. */
export function policyCommand(deps: ListenerDeps) {
  return async ({ command, ack, respond, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    await ack();
    const key = conversationKey({ team: command.team_id, user: command.user_id, channel: command.channel_id });
    const question = questionFromSlack(command.text);
    await deps.outbox.reply(
      key,
      () => answerMessage(deps, key, question, logger, { echoQuestion: true }),
      (message) => respond({ response_type: 'ephemeral', ...message }),
    );
  };
}
