/**
 * Plain text: the contract's `answer` (made from the parts by partsText) and the terminal's view
 * of a whole Answer (renderText): the answer, then the follow-up questions numbered, then the
 * clauses it rests on. The terminal is where staff look clauses up, so each citation also shows its
 * contract id (item-17), the name scripts and other channels use.
 */
import type { Answer, Validity } from '../types.js';
import { inLanguage } from '../../knowledge/speaking.js';
import { clauseName, refName, validityNote } from '../format.js';
import { message, say } from '../messages.js';
import { lineText, type AnswerParts } from '../parts.js';

/** The lines of the body, clause references named as the plain text names them. */
export function bodyLines(parts: AnswerParts): string[] {
  return parts.lines.map((l) => lineText(l, refName));
}

/** The validity note of the parts, or null when they carry none. */
export function partsNote(parts: AnswerParts, validity: Validity): string | null {
  return parts.validity ? validityNote(validity, parts.validity.lead) : null;
}

/** The plain text of an answer: its lines, then its one validity note. */
export function partsText(parts: AnswerParts, validity: Validity): string {
  const lines = bodyLines(parts);
  const note = partsNote(parts, validity);
  if (note === null) return lines.join('\n');
  if (parts.validity!.sameLine && lines.length) return `${lines.join('\n')}${note}`;
  return [...lines, note].join('\n');
}

/** In the answer's own language (issue 14): its labels come from the catalogue in that language. */
export function renderText(answer: Answer): string {
  return inLanguage(answer.language, () => renderTextIn(answer));
}

function renderTextIn(answer: Answer): string {
  const lines = [answer.answer];
  // A question the answer already asks in its own words is not listed again.
  const questions = answer.followUp.filter((q) => !answer.answer.includes(q));
  if (questions.length) {
    lines.push(message('textFollowUpHeading'));
    questions.forEach((q, i) => lines.push(`  ${i + 1}. ${q}`));
  }
  if (answer.citations.length) {
    const cited = answer.citations.map((id) => say('textCitation', { name: clauseName(id), id }));
    lines.push(say('basis', { clauses: cited.join(message('unitSeparator')) }));
  }
  return lines.join('\n');
}
