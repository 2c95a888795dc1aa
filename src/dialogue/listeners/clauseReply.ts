/**
 * A clause quoted as an answer, with what the question asked of it said first: for a money question,
 * what money the clause sets, if any (noAmount.ts); otherwise an open point the question is about.
 */
import { say } from '../../answer/messages.js';
import { knowledge } from '../../knowledge/index.js';
import { answerClause, type ClauseAnswerOptions } from '../intents/clauseLookup.js';
import { PROCEDURE_NOTE } from '../intents/help.js';
import { noAmountLine } from '../intents/noAmount.js';
import { mentionedPointNote } from '../intents/openPoints.js';
import { answerSection } from '../intents/structure.js';
import { draftText, prepend, type Draft } from '../reply.js';
import type { Parsed } from '../../understand/index.js';
import type { TurnContext } from './types.js';

export function clauseReply(p: Parsed, _t: TurnContext, id: string, sentence?: string, options?: ClauseAnswerOptions): Draft {
  // A section is short and its first sentence is its heading: quoted whole, with the tasks under it
  // (重点工作任务's sections), never the heading sentence alone.
  const section = knowledge().clause(id)?.kind === 'section';
  const quoted = (options?.withValidity !== false && answerSection(id)) || answerClause(id, section ? undefined : sentence, options);
  // How to apply for an expert workstation: the text sets the clause, not its procedure; said first, as for a benefit's.
  const body = p.cues.procedure !== null ? prepend(quoted, 'notice', PROCEDURE_NOTE) : quoted;
  if (p.cues.money !== null) {
    const note = noAmountLine(id, p.benefits.said, p.text);
    return note ? prepend(body, 'notice', note) : body;
  }
  const open = openPointNote(p, id, body);
  return open ? prepend(body, 'openPoint', open) : body;
}

/**
 * "算新获批吗" on a point the text leaves open: said first, unless the answer already says it. A
 * point only mentioned ("博士后购房有补贴吗") is said the same way (knowledge/open-points.json).
 */
export function openPointNote(p: Parsed, clauseId: string, body: Draft): string | null {
  const point = p.analysis.openPoint(clauseId) ?? mentionedPointNote(p.asks.openPointNotes, clauseId);
  return point && !draftText(body).includes(point) ? say('openPoint', { point }) : null;
}
