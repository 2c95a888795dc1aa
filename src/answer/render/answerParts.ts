/**
 * The parts a channel renders. The core always sends them (Answer.parts); an Answer built without
 * them (by hand, or by an older producer) is taken as one line of text with its citations, and a
 * cited, in-scope one gets the validity note naming every lead unit it cites. The text itself is
 * never searched or rewritten.
 */
import type { AnswerParts } from '../parts.js';
import type { Answer } from '../types.js';
import { clauseName } from '../format.js';

/** What a renderer needs to know of a clause: its heading and units. */
export type ClauseInfo = (id: string) => { heading: string; lead: readonly string[]; responsible?: readonly string[] } | undefined;

export function answerParts(answer: Answer, clause: ClauseInfo): AnswerParts {
  if (answer.parts) return answer.parts;
  const citations = answer.citations.map((id) => {
    const c = clause(id);
    return { id, name: clauseName(id, c?.heading), lead: [...(c?.lead ?? [])], responsible: [...(c?.responsible ?? [])] };
  });
  const cited = !answer.outOfScope && citations.length > 0;
  return {
    lines: [{ kind: 'text', text: [answer.answer] }],
    citations,
    validity: cited ? { lead: [...new Set(citations.flatMap((c) => c.lead))] } : null,
  };
}

/**
 * The follow-up questions the body does not ask already. An answer that asks its question in its
 * own words ("还需确认：这是您的首套住房吗？") is not followed by the same question again.
 */
export function questionsToList(answer: Answer, parts: AnswerParts): string[] {
  return answer.followUp.filter((q) => !parts.lines.some((l) => l.text.some((p) => typeof p === 'string' && p.includes(q))));
}
