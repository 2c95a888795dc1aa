/**
 * The document's structure asked by name or number (issue 11, part 5): a section of 重点工作任务
 * ("第二部分第五项", "高端人才培养引进工程讲了啥") is its own words and then its numbered tasks in full,
 * with their figures and units; a part ("第三部分", "保障措施") is its sections in full, or, for a
 * part too long for one chat message, its sections with their tasks' headings. Never the heading alone.
 */
import { knowledge, type Clause } from '../../knowledge/index.js';
import { fill, texts } from '../../knowledge/language.js';
import { line, type Line } from '../../answer/parts.js';
import { answerClause } from './clauseLookup.js';
import type { Draft } from '../reply.js';

/**
 * A part longer than this is outlined rather than quoted: WeChat cuts a text message near 2,000
 * characters, and a whole part 2 (21 tasks) would be several messages of quotation.
 */
const MAX_QUOTED_CHARS = 1800;

const T = texts('language/zh/structure.json', ['partHead', 'outlineSection', 'outlineItem', 'outlineSeparator', 'outlineHint']);

function children(id: string): Clause[] {
  return knowledge().clauses.filter((c) => c.parent === id);
}

/** The clause's text as printed, spaces folded: a numbered task keeps its units note. */
function fullText(c: Clause): string {
  return c.text.replace(/\s+/g, ' ').trim();
}

/** A section with numbered tasks under it, in full; null for any other clause. */
export function answerSection(id: string): Draft | null {
  const items = children(id);
  const section = knowledge().clause(id);
  if (!section || section.kind !== 'section' || !items.length) return null;
  const own = answerClause(id, undefined, { withValidity: false });
  const lines: Line[] = [...own.lines, ...items.map((c) => line('clause', fullText(c)))];
  const lead = [...new Set(items.flatMap((c) => c.lead))];
  return { lines, citations: [id, ...items.map((c) => c.id)], validity: { lead } };
}

/** A part: its heading, then its sections in full (with their tasks), or outlined when too long. */
export function answerPart(n: number): Draft | null {
  const k = knowledge();
  const part = k.parts.find((p) => p.part === n);
  if (!part) return null;
  const sections = k.clauses.filter((c) => c.part === n && c.kind === 'section');
  const within = k.clauses.filter((c) => c.part === n && (c.kind === 'section' || c.kind === 'item'));
  const quoted = within.reduce((sum, c) => sum + c.text.length, 0) <= MAX_QUOTED_CHARS;
  const lines: Line[] = [line('text', fill(T.partHead, { heading: part.text.trim() }))];
  for (const s of sections) {
    if (quoted) {
      lines.push(line('clause', fullText(s)), ...children(s.id).map((c) => line('clause', fullText(c))));
      continue;
    }
    const items = children(s.id).map((c) => fill(T.outlineItem, { number: c.number ?? '', heading: c.heading })).join(T.outlineSeparator);
    lines.push(line('clause', fill(T.outlineSection, { section: fullText(s), items })));
  }
  if (!quoted) lines.push(line('text', T.outlineHint));
  const lead = [...new Set(within.flatMap((c) => c.lead))];
  return { lines, citations: sections.map((s) => s.id), validity: { lead } };
}
