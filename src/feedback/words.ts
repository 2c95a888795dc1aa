/**
 * How feedback on an answer is said (knowledge/language/zh/feedback.json): the words that make a
 * whole WeChat message feedback, the Slack buttons' labels and the thanks sent back. One reader for
 * the whole book, as the language loader wants every name of a book asked for in one place.
 */
import { patterns, texts } from '../knowledge/language.js';
import type { FeedbackValue } from './types.js';

const BOOK = 'language/zh/feedback.json';

const WORDS = patterns(BOOK, ['up', 'down']);

/** The feedback's texts: buttonUp, buttonDown, thanksUp, thanksDown. */
export const FEEDBACK_TEXTS = texts(BOOK, ['buttonUp', 'buttonDown', 'thanksUp', 'thanksDown']);

/** 'up' or 'down' when the whole message is feedback (有用, 没用, 👍, 👎, [强], [弱] …); else undefined. */
export function feedbackValue(text: string): FeedbackValue | undefined {
  if (WORDS.up.test(text)) return 'up';
  if (WORDS.down.test(text)) return 'down';
  return undefined;
}

/** The thanks for a click or a word of feedback. */
export function feedbackThanks(value: FeedbackValue): string {
  return value === 'up' ? FEEDBACK_TEXTS.thanksUp : FEEDBACK_TEXTS.thanksDown;
}
