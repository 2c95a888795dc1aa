/**
 * A clause quoted as an answer, with what the question asked of it said first: for a money question,
 * what money the clause sets, if any (noAmount.ts); otherwise an open point the question is about.
 */
import { answerClause, type ClauseAnswerOptions } from '../intents/clauseLookup.js';
import { noAmountNote } from '../intents/noAmount.js';
import type { Parsed } from '../../understand/index.js';
import type { TurnContext } from './types.js';

export function clauseReply(p: Parsed, t: TurnContext, id: string, sentence?: string, options?: ClauseAnswerOptions) {
  const body = answerClause(id, t.validity, sentence, options);
  const note = p.cues.money !== null ? noAmountNote(id, p.benefits.said, p.text) : openPointNote(p, id, body.answer);
  return note ? { ...body, answer: `${note}\n${body.answer}` } : body;
}

/** "算新获批吗" on a point the text leaves open: said first, unless the answer already says it. */
export function openPointNote(p: Parsed, clauseId: string, answer: string): string | null {
  const point = p.analysis.openPoint(clauseId);
  return point && !answer.includes(point) ? `${point}请以牵头单位解释为准。` : null;
}
