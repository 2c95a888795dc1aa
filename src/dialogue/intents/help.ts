/** Greetings, thanks and help: what the bot is for and how to ask it. Words: the message catalogue. */
import { message, say } from '../../answer/messages.js';
import { knowledge } from '../../knowledge/index.js';

export function helpText(): string {
  const doc = knowledge().document;
  return [say('helpIntro', { title: doc.title, docNumber: doc.docNumber }), message('helpExamples')].join('\n');
}

export const THANKS_TEXT = message('thanks');
export const EMPTY_TEXT = message('empty');
export const RESET_TEXT = message('reset');
export const ERROR_TEXT = message('error');
export const TRUNCATED_NOTE = (limit: number) => say('truncated', { limit });
export const FACTS_NOTED = message('factsNoted');
export const PROCEDURE_NOTE = message('procedureNote');
export const PROCEDURE_TEXT = say('procedureText', { docNumber: knowledge().document.docNumber });

/** A bare 是/不是 when no question is open: there is nothing for it to answer. */
export const BARE_REPLY_TEXT = message('bareReply');
