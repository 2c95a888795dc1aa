/**
 * Clause answers: the clause's own words with its heading, 牵头单位 and 责任单位. A lookup by number
 * quotes the whole clause; a lookup by topic quotes the sentence that matched and names the clause.
 */
import { knowledge, type Clause } from '../../knowledge/index.js';
import { joinUnits } from '../../answer/format.js';
import { message, say, sayInline } from '../../answer/messages.js';
import { line, type Inline, type Line } from '../../answer/parts.js';
import { parseNumeral } from '../../search/clauseNumber.js';
import type { Draft } from '../reply.js';

/** "牵头单位：市科技局；责任单位：各县区政府、经济区管委会" or '' for clauses without units. */
export function unitsLine(clause: Clause): string {
  if (!clause.lead.length) return '';
  const responsible = clause.responsible.length ? say('responsibleSuffix', { units: joinUnits(clause.responsible) }) : '';
  return say('unitsLine', { lead: joinUnits(clause.lead), responsible });
}

/** The clause text without its trailing units note, which the answer states on its own line. */
export function clauseBody(clause: Clause): string {
  return clause.text.replace(/（牵头单位[^）]*）\s*$/, '').replace(/\s+/g, ' ').trim();
}

/** `withValidity: false` leaves the validity note to a caller that joins several clauses under one. */
export interface ClauseAnswerOptions {
  withValidity?: boolean;
}

/** A clause by reference, with its heading for sections (第三部分第2项（强化资金保障）). */
function ref(clause: Clause): Inline {
  return { clause: clause.id, heading: clause.heading };
}

/** 第17条“加强人才引进” for items; the section's name with its heading otherwise. */
function head(clause: Clause): Inline[] {
  return clause.kind === 'item' ? sayInline('itemHead', { name: ref(clause), heading: clause.heading }) : [ref(clause)];
}

function notFound(id: string): Draft {
  return { lines: [line('text', say('clauseNotFound', { id }))], citations: [] };
}

export function answerClause(
  id: string, sentence?: string, { withValidity = true }: ClauseAnswerOptions = {},
): Draft {
  const clause = knowledge().clause(id);
  if (!clause) return notFound(id);
  // The heading line alone ("2.建设院士专家工作站。") says nothing the heading did not: quote the clause.
  const informative = sentence && !sentence.trim().startsWith(`${clause.number}.`) && sentence.length < clauseBody(clause).length;
  const body = informative
    ? say('quotedSentence', { sentence: sentence!.trim() })
    : say('quotedClause', { body: clauseBody(clause) });
  const units = unitsLine(clause);
  const lines: Line[] = [line('clause', [...head(clause), message('clauseStop'), body])];
  if (units) lines.push(line('units', units + message('clauseStop')));
  return { lines, citations: [clause.id], validity: withValidity ? { lead: [...clause.lead] } : null };
}

/** Who leads and who shares the work on a clause: 牵头单位 and 责任单位. */
export function answerUnits(
  id: string, { withValidity = true }: ClauseAnswerOptions = {},
): Draft {
  const clause = knowledge().clause(id);
  if (!clause) return notFound(id);
  const name = sayInline('itemHead', { name: ref(clause), heading: clause.heading });
  const validity = withValidity ? { lead: [...clause.lead] } : null;
  if (!clause.lead.length) {
    return { lines: [line('units', sayInline('noLeadUnits', { name }))], citations: [clause.id], validity: validity && { ...validity, sameLine: true } };
  }
  const responsible = clause.responsible.length ? say('responsibleSentence', { units: joinUnits(clause.responsible) }) : '';
  return {
    lines: [line('units', sayInline('unitsAnswer', { name, lead: joinUnits(clause.lead), responsible }))],
    citations: [clause.id],
    validity,
  };
}

/** Items the policy numbers (第1条 … 第21条), counted from the document, not written here. */
function itemCount(): number {
  return knowledge().clauses.filter((c) => c.kind === 'item').length;
}

/** "第22条": the policy has items 1 to 21; say so rather than guess. */
export function nonexistentItem(text: string): string | null {
  const m = /第\s*(\d{1,3}|[一二三四五六七八九十百零〇]{1,4})\s*条/.exec(text);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseNumeral(m[1]!);
  const count = itemCount();
  if (n === null || (n >= 1 && n <= count)) return null;
  return say('nonexistentItem', { count, asked: m[1]! });
}
