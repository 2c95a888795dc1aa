/**
 * Builders for the Answer object, so that every intent produces the contract's fields and
 * out-of-scope replies can never carry citations or amounts by accident.
 *
 * An intent hands over a Draft: its lines, what it cites, and which lead units its validity note
 * names. reply() turns it into the Answer with its parts (src/answer/parts.ts) and the plain
 * `answer` text made from them, so the text and the parts cannot disagree.
 */
import type { Amount, Answer, ClarifyOption, Validity } from '../answer/types.js';
import { clauseName, refName } from '../answer/format.js';
import { line, lineText, type AnswerParts, type Inline, type Line, type LineKind, type ValidityPart } from '../answer/parts.js';
import { partsText } from '../answer/render/text.js';
import { knowledge } from '../knowledge/index.js';

export interface Draft {
  lines: Line[];
  citations: string[];
  amounts?: Amount[];
  followUp?: string[];
  /** The validity note and the lead units it names; absent or null: no note. */
  validity?: ValidityPart | null;
  /** The options asked about (Answer.clarify), when the answer asks which was meant. */
  clarify?: ClarifyOption[];
}

/** A draft from plain text: one line, no note (help, thanks, texts that say their own period). */
export interface TextDraft {
  answer: string;
  citations?: string[];
  amounts?: Amount[];
  followUp?: string[];
}

export type ReplyParts = Draft | TextDraft;

function toDraft(d: ReplyParts): Draft {
  return 'lines' in d ? d : { ...d, citations: d.citations ?? [], lines: [line('text', d.answer)], validity: null };
}

/** The parts of a draft, its citations named and with their units. */
function partsOf(draft: Draft, citations: string[]): AnswerParts {
  const k = knowledge();
  return {
    lines: draft.lines,
    citations: citations.map((id) => {
      const c = k.clause(id);
      return { id, name: clauseName(id, c?.heading), lead: [...(c?.lead ?? [])], responsible: [...(c?.responsible ?? [])] };
    }),
    validity: draft.validity ?? null,
  };
}

/**
 * The Answer with its parts carried beside the contract's fields: readable as `answer.parts` by the
 * renderers in this process, but not enumerable, so JSON (ask --json, the conversation log) and
 * anyone checking the contract's shape strictly see exactly the contract's fields.
 */
export function withParts(answer: Answer, parts: AnswerParts): Answer {
  const { parts: _old, ...fields } = answer;
  return Object.defineProperty(fields, 'parts', { value: parts, enumerable: false, writable: false });
}

export function reply(user: string, validity: Validity, body: ReplyParts): Answer {
  const draft = toDraft(body);
  const citations = dedupe(draft.citations);
  const parts = partsOf(draft, citations);
  return withParts({
    user,
    answer: partsText(parts, validity),
    citations,
    amounts: draft.amounts ?? [],
    outOfScope: false,
    followUp: draft.followUp ?? [],
    validity,
    ...(draft.clarify?.length ? { clarify: draft.clarify } : {}),
  }, parts);
}

export function outOfScopeReply(user: string, validity: Validity, answer: string): Answer {
  const parts: AnswerParts = { lines: [line('text', answer)], citations: [], validity: null };
  return withParts({ user, answer, citations: [], amounts: [], outOfScope: true, followUp: [], validity }, parts);
}

/** The draft with a line put before its others ("第4条没有规定补贴或奖励金额。" before the clause). */
export function prepend<D extends Draft>(body: D, kind: LineKind, text: Inline[] | string): D {
  return { ...body, lines: [line(kind, text), ...body.lines] };
}

/** The words of a draft's lines, clauses named as the plain text names them (no validity note). */
export function draftText(draft: Draft): string {
  return draft.lines.map((l) => lineText(l, refName)).join('\n');
}

/** A finished Answer with a line put first (the note that a long message was cut). */
export function prependToAnswer(answer: Answer, kind: LineKind, text: string): Answer {
  const parts = answer.parts ?? { lines: [line('text', answer.answer)], citations: [], validity: null };
  const next: AnswerParts = { ...parts, lines: [line(kind, text), ...parts.lines] };
  return withParts({ ...answer, answer: partsText(next, answer.validity) }, next);
}

/** Every lead unit of the clauses, once each, in the clauses' order: what one validity note names. */
export function leadUnitsOf(ids: readonly string[]): string[] {
  const k = knowledge();
  return [...new Set(ids.flatMap((id) => k.clause(id)?.lead ?? []))];
}

function dedupe(ids: string[]): string[] {
  return [...new Set(ids)];
}
