/** Routes: which Slack events reach which listener. */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ignoreBots } from '../middleware/ignoreBots.js';
import { skipRetries } from '../middleware/skipRetries.js';
import type { RecentEvents } from '../recentEvents.js';
import type { ListenerDeps } from '../reply.js';
import type { EventLedger } from '../sharedEvents.js';
import { appMention } from './appMention.js';
import { CLARIFY_ACTION, clarifyChoice } from './clarifyChoice.js';
import { directMessage } from './directMessage.js';
import { FEEDBACK_ACTION, feedbackClick } from './feedbackClick.js';
import { POLICY_COMMAND, policyCommand } from './policyCommand.js';

/** Global filters first (bots, repeats), then one listener per kind of request. */
export function registerListeners(app: App, deps: ListenerDeps, recent: RecentEvents, shared?: EventLedger): void {
  app.use(ignoreBots);
  app.use(skipRetries(recent, shared));
  app.event('app_mention', appMention(deps));
  app.event('message', directMessage(deps));
  app.command(POLICY_COMMAND, policyCommand(deps));
  app.action<BlockAction<ButtonAction>>(CLARIFY_ACTION, clarifyChoice(deps));
  app.action<BlockAction<ButtonAction>>(FEEDBACK_ACTION, feedbackClick(deps));
}
