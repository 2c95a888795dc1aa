/**
 * Splits the published text into the clause tree of ../shared/CONTRACT.md.
 *
 * Used by scripts/build-clauses.ts to write knowledge/clauses.json, and by a test that checks the
 * committed file is what this produces. The running bot never parses text: it loads the JSON.
 */

export interface RawClause {
  id: string;
  kind: 'notice' | 'preamble' | 'section' | 'item';
  /** As users cite it: "17" for item-17, "2.1" for sec-2.1. */
  number: string | null;
  heading: string;
  parent: string | null;
  /** 1, 2 or 3 for 一、二、三; null for notice and preamble. */
  part: number | null;
  /** The exact slice of the source, trailing newlines included. */
  text: string;
  lead: string[];
  responsible: string[];
}

export interface RawPart {
  part: number;
  heading: string;
  /** The exact source line, newline included. */
  text: string;
  /** Id of the clause the part line stands before. */
  before: string;
}

export interface ClauseTree {
  clauses: RawClause[];
  parts: RawPart[];
}

const PART_NUMERALS = ['一', '二', '三'];
const SECTION_NUMERALS = ['一', '二', '三', '四', '五', '六'];
const PART_LINE = /^([一二三])、(.+)$/;
const SECTION_LINE = /^（([一二三四五六])）([^。]+)。/;
const ITEM_LINE = /^(\d{1,2})\.([^。]+)。/;
const UNITS = /（牵头单位：([^；）]+)(?:；责任单位：([^）]+))?）\s*$/;

function splitUnits(list: string | undefined): string[] {
  return (list ?? '').split(/[、，,]/).map((u) => u.trim()).filter(Boolean);
}

function fail(message: string): never {
  throw new Error(`clause tree: ${message}`);
}

export function buildClauseTree(source: string): ClauseTree {
  // Keep each line's newline with it so the slices concatenate back to the source exactly.
  const lines = source.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const clauses: RawClause[] = [];
  const parts: RawPart[] = [];

  const noticeEnd = lines.findIndex((l) => l.includes('（此件公开发布）'));
  if (noticeEnd < 0) fail('the notice ends with （此件公开发布）, which was not found');
  const preambleEnd = lines.findIndex((l, i) => i > noticeEnd && l.startsWith('为贯彻落实'));
  if (preambleEnd < 0) fail('the preamble paragraph 为贯彻落实… was not found');

  const titleLines = lines.slice(noticeEnd + 1, preambleEnd).map((l) => l.trim()).filter(Boolean);
  clauses.push({
    id: 'notice', kind: 'notice', number: null, heading: '印发通知', parent: null, part: null,
    text: lines.slice(0, noticeEnd + 1).join(''), lead: [], responsible: [],
  });
  clauses.push({
    id: 'preamble', kind: 'preamble', number: null, heading: titleLines.join(''), parent: null, part: null,
    text: lines.slice(noticeEnd + 1, preambleEnd + 1).join(''), lead: [], responsible: [],
  });

  let part = 0;
  let section: string | null = null;
  for (const line of lines.slice(preambleEnd + 1)) {
    const trimmed = line.trim();
    const partMatch = PART_LINE.exec(trimmed);
    if (partMatch) {
      part = PART_NUMERALS.indexOf(partMatch[1]!) + 1;
      parts.push({ part, heading: partMatch[2]!, text: line, before: '' });
      continue;
    }
    const sectionMatch = SECTION_LINE.exec(trimmed);
    const itemMatch = ITEM_LINE.exec(trimmed);
    let clause: RawClause;
    if (sectionMatch) {
      const number = `${part}.${SECTION_NUMERALS.indexOf(sectionMatch[1]!) + 1}`;
      section = `sec-${number}`;
      clause = {
        id: section, kind: 'section', number, heading: sectionMatch[2]!, parent: null, part,
        text: line, lead: [], responsible: [],
      };
    } else if (itemMatch) {
      if (part !== 2 || !section) fail(`numbered task outside 二、重点工作任务: ${trimmed.slice(0, 20)}`);
      const units = UNITS.exec(trimmed);
      if (!units) fail(`item ${itemMatch[1]} has no （牵头单位：…）`);
      clause = {
        id: `item-${itemMatch[1]}`, kind: 'item', number: itemMatch[1]!, heading: itemMatch[2]!, parent: section,
        part, text: line, lead: splitUnits(units[1]), responsible: splitUnits(units[2]),
      };
    } else {
      // A blank or continuation line belongs to the clause before it.
      const last = clauses.at(-1);
      if (!last) fail('text before the first clause');
      last.text += line;
      continue;
    }
    const pending = parts.at(-1);
    if (pending && pending.before === '') pending.before = clause.id;
    clauses.push(clause);
  }
  return { clauses, parts };
}
