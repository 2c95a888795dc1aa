/**
 * The HTML report's words (knowledge/language/zh/review-page.json), read once, and the names the
 * page gives channels and reasons.
 */
import { texts } from '../knowledge/language.js';
import type { Channel } from '../log/record.js';
import type { UnansweredReason } from './report.js';

export const PAGE = texts('language/zh/review-page.json', [
  'title', 'period', 'unbounded', 'channelOne', 'channelAll', 'totalsHeading', 'turns', 'outOfScope', 'clarified',
  'lowConfidence', 'openPoints', 'handoffs', 'feedbackUp', 'feedbackDown', 'latency', 'latencyValue', 'skippedLines',
  'perDayHeading', 'topClausesHeading', 'topBenefitsHeading', 'unansweredHeading', 'reason', 'question', 'count',
  'examples', 'feedbackHeading', 'clause', 'benefit', 'up', 'down', 'downHeading', 'at', 'citations', 'answerId',
  'handoffsHeading', 'unit', 'none', 'noData', 'reasonOutOfScope', 'reasonClarified', 'reasonLowConfidence',
  'reasonOpenPoint', 'channelCli', 'channelJsonl', 'channelSlack', 'channelWechat', 'footer',
]);

const CHANNEL_NAMES: Readonly<Record<Channel, string>> = {
  cli: PAGE.channelCli,
  jsonl: PAGE.channelJsonl,
  slack: PAGE.channelSlack,
  wechat: PAGE.channelWechat,
};

/** 微信 for wechat; an unknown channel keeps its own name. */
export function channelName(channel: string): string {
  return CHANNEL_NAMES[channel as Channel] ?? channel;
}

const REASON_NAMES: Readonly<Record<UnansweredReason, string>> = {
  outOfScope: PAGE.reasonOutOfScope,
  clarified: PAGE.reasonClarified,
  lowConfidence: PAGE.reasonLowConfidence,
  openPoint: PAGE.reasonOpenPoint,
};

export function reasonName(reason: UnansweredReason): string {
  return REASON_NAMES[reason] ?? reason;
}
