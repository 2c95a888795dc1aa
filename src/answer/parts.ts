/**
 * An answer as parts (issue 10, part 5): what the core decided, kept as data so that each channel
 * lays it out without reading the prose back. The plain `answer` text is one rendering of these
 * parts (render/text.ts); Slack and WeChat render the same parts their own way.
 *
 *   lines       the body, in order: verdicts per benefit, clause quotes, units, open points, notes
 *   citations   every cited clause with its name and its units (牵头单位 / 责任单位)
 *   validity    the one validity note of the answer, naming every lead unit of what it cites
 *
 * The amounts and the follow-up questions are the Answer's own `amounts` and `followUp`.
 */
import type { Amount } from './types.js';

/** A clause named inside a line; each channel writes the name its own way (第17条, 【第17条】). */
export interface ClauseRef {
  clause: string;
  /** Said after a section's name: 第三部分第2项（强化资金保障）. */
  heading?: string;
}

/** A piece of a line: words, or a clause reference. */
export type Inline = string | ClauseRef;

export type LineKind =
  /** One benefit's outcome: granted, ruled out, or open. */
  | 'verdict'
  /** A clause's own words. */
  | 'clause'
  /** Who leads and who shares the work (牵头单位, 责任单位). */
  | 'units'
  /** A point the text leaves open, sent to the lead unit. */
  | 'openPoint'
  /** A remark before the answer proper: no amount set, procedures unwritten, message cut. */
  | 'notice'
  /** One numbered option of a clarify question or of "您是不是想问" (Answer.clarify); Slack shows buttons instead. */
  | 'option'
  /** Any other sentence (an empty one is a blank line). */
  | 'text';

export interface Line {
  kind: LineKind;
  text: Inline[];
  /** verdict: the entitlement rule it is about. */
  benefit?: string;
  /** verdict: the calculator's status for it. */
  status?: 'eligible' | 'ineligible' | 'undetermined';
  /** verdict: the amounts the line states, so a channel need not list them again. */
  amounts?: Amount[];
  /** verdict: the conditions the line names, in the policy's words. */
  conditions?: string[];
  /** option: its number, from 1. */
  option?: number;
}

/** A cited clause with what a channel shows beside it. */
export interface CitedClause {
  id: string;
  /** 第17条, 第三部分第2项（强化资金保障）. */
  name: string;
  lead: string[];
  responsible: string[];
}

/** The one validity note: the period comes from the Answer's `validity`, the units from here. */
export interface ValidityPart {
  /** Every lead unit of what the answer is about; empty sends the reader to 主管部门. */
  lead: string[];
  /** The note follows the last line directly instead of on a line of its own. */
  sameLine?: boolean;
}

export interface AnswerParts {
  lines: Line[];
  citations: CitedClause[];
  /** null: the answer carries no validity note (out of scope, help, a document fact that says it). */
  validity: ValidityPart | null;
}

/** A line of one kind from pieces. */
export function line(kind: LineKind, text: Inline[] | string, extra: Omit<Line, 'kind' | 'text'> = {}): Line {
  return { kind, text: typeof text === 'string' ? [text] : text, ...extra };
}

/** The words of a line, each clause named by `name`. */
export function lineText(l: Line, name: (ref: ClauseRef) => string): string {
  return l.text.map((p) => (typeof p === 'string' ? p : name(p))).join('');
}
