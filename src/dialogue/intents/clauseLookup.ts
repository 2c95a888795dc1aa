/**
 * Clause answers: the clause's own words with its heading, 牵头单位 and 责任单位. A lookup by number
 * quotes the whole clause; a lookup by topic quotes the sentence that matched and names the clause.
 */
import { knowledge, type Clause } from '../../knowledge/index.js';
import type { Validity } from '../../answer/types.js';
import { clauseName, joinUnits, validityNote } from '../../answer/format.js';
import { parseNumeral } from '../../search/clauseNumber.js';

/** "（牵头单位：市科技局；责任单位：各县区政府、经济区管委会）" or '' for clauses without units. */
export function unitsLine(clause: Clause): string {
  if (!clause.lead.length) return '';
  const responsible = clause.responsible.length ? `；责任单位：${joinUnits(clause.responsible)}` : '';
  return `牵头单位：${joinUnits(clause.lead)}${responsible}`;
}

/** The clause text without its trailing units note, which the answer states on its own line. */
export function clauseBody(clause: Clause): string {
  return clause.text.replace(/（牵头单位[^）]*）\s*$/, '').replace(/\s+/g, ' ').trim();
}

/** `withValidity: false` leaves the validity note to a caller that joins several clauses under one. */
export interface ClauseAnswerOptions {
  withValidity?: boolean;
}

export function answerClause(
  id: string, validity: Validity, sentence?: string, { withValidity = true }: ClauseAnswerOptions = {},
): { answer: string; citations: string[] } {
  const clause = knowledge().clause(id);
  if (!clause) return { answer: `没有找到${id}。`, citations: [] };
  const name = clauseName(clause.id, clause.heading);
  const head = clause.kind === 'item' ? `${name}“${clause.heading}”` : name;
  // The heading line alone ("2.建设院士专家工作站。") says nothing the heading did not: quote the clause.
  const informative = sentence && !sentence.trim().startsWith(`${clause.number}.`) && sentence.length < clauseBody(clause).length;
  const body = informative
    ? `相关原文：“${sentence!.trim()}”`
    : `原文：“${clauseBody(clause)}”`;
  const units = unitsLine(clause);
  const lines = [`${head}。${body}`];
  if (units) lines.push(units + '。');
  if (withValidity) lines.push(validityNote(validity, clause.lead));
  return { answer: lines.join('\n'), citations: [clause.id] };
}

/** Who leads and who shares the work on a clause: 牵头单位 and 责任单位. */
export function answerUnits(
  id: string, validity: Validity, { withValidity = true }: ClauseAnswerOptions = {},
): { answer: string; citations: string[] } {
  const clause = knowledge().clause(id);
  if (!clause) return { answer: `没有找到${id}。`, citations: [] };
  const name = `${clauseName(clause.id, clause.heading)}“${clause.heading}”`;
  const note = withValidity ? validityNote(validity, clause.lead.length ? clause.lead : undefined) : '';
  if (!clause.lead.length) return { answer: `${name}没有列明牵头单位。${note}`, citations: [clause.id] };
  const responsible = clause.responsible.length ? `责任单位是${joinUnits(clause.responsible)}。` : '';
  return {
    answer: `${name}的牵头单位是${joinUnits(clause.lead)}，办理和咨询请找牵头单位；${responsible}${note ? `\n${note}` : ''}`,
    citations: [clause.id],
  };
}

/** "第22条": the policy has items 1 to 21; say so rather than guess. */
export function nonexistentItem(text: string): string | null {
  const m = /第\s*(\d{1,3}|[一二三四五六七八九十百零〇]{1,4})\s*条/.exec(text);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseNumeral(m[1]!);
  if (n === null || (n >= 1 && n <= 21)) return null;
  return `本政策的重点工作任务共21条（第1条至第21条），没有第${m[1]}条。您可以问“第17条讲什么”，或直接问想了解的内容。`;
}
