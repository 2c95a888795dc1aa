/** The words of the review's CSV and candidates files (knowledge/language/zh/review.json), read once. */
import { texts } from '../knowledge/language.js';
import type { UnansweredReason } from './report.js';

export const REVIEW = texts('language/zh/review.json', [
  'colSection', 'colItem', 'colDetail', 'colCount', 'colText',
  'sectionPeriod', 'sectionTotals', 'sectionPerDay', 'sectionTopClauses', 'sectionTopBenefits', 'sectionFeedback',
  'sectionDown', 'sectionHandoffs', 'sectionLatency', 'sectionUnanswered',
  'since', 'until', 'channel', 'all',
  'turns', 'outOfScope', 'clarified', 'lowConfidence', 'openPoints', 'handoffs', 'feedbackUp', 'feedbackDown', 'skippedLines',
  'candidatesHeader', 'candidateGroup', 'logFolder', 'summaryMore',
]);

const REASONS: Readonly<Record<UnansweredReason, string>> = {
  outOfScope: REVIEW.outOfScope,
  clarified: REVIEW.clarified,
  lowConfidence: REVIEW.lowConfidence,
  openPoint: REVIEW.openPoints,
};

export function reasonWord(reason: UnansweredReason): string {
  return REASONS[reason] ?? reason;
}
