/**
 * One question → one Slack message: the core answers, the Slack renderer lays it out.
 *
 * The only place the adapter touches the core. A failure inside the core must not lose the
 * user's message silently or crash the bot, so it becomes a short apology and a log line.
 */
import type { Logger } from '@slack/bolt';
import { renderSlack, type SlackMessage } from '../../src/answer/render/slack.js';
import type { Answer, Respond } from '../../src/answer/types.js';
import type { AsyncRespond } from '../../src/state/respond.js';
import type { RecordFeedback } from '../../src/feedback/types.js';
import type { Outbox } from './outbox.js';

/** What every listener needs: the core, the outbox its replies go through, the date answers are judged on. */
export interface ListenerDeps {
  /** The core: synchronous with the memory store, asynchronous with a shared one (src/state). */
  respond: Respond | AsyncRespond;
  outbox: Outbox;
  /** POLICY_AS_OF; today when absent. */
  asOf?: string | undefined;
  /** Where 👍 and 👎 clicks go (the conversation log); clicks are thanked but not kept when absent. */
  recordFeedback?: RecordFeedback | undefined;
}

export const CORE_FAILURE_TEXT = '抱歉，处理这条消息时出错了，请稍后再试，或换一种问法。';

/** Asks the core under `key` and renders the reply; never throws. */
export function answerMessage(
  deps: ListenerDeps,
  key: string,
  question: string,
  logger: Logger,
  options: { echoQuestion?: boolean } = {},
): SlackMessage | Promise<SlackMessage> {
  const render = (answer: Answer) => renderSlack(answer, options.echoQuestion && question ? { question } : {});
  const failed = (err: unknown): SlackMessage => {
    logger.error(`policy-bot slack: the core failed on a message: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    return { text: CORE_FAILURE_TEXT, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: CORE_FAILURE_TEXT } }] };
  };
  try {
    const answer = deps.respond(key, question, deps.asOf ? { asOf: deps.asOf } : {});
    // The memory store's core answers at once, inside the answer queue's turn, as it always has.
    return answer instanceof Promise ? answer.then(render, failed) : render(answer);
  } catch (err) {
    return failed(err);
  }
}

