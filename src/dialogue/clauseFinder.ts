/**
 * The dialogue's one door to clause search (src/search, issue 2). Until that lands this adapter
 * only resolves clause numbers and headings, so the rest of the dialogue can be built against a
 * stable shape.
 */
import { knowledge } from '../knowledge/index.js';
import { CHINESE_NUMERAL_CHARS, parseNumber } from './numbers.js';

export interface ClauseHit {
  clauseId: string;
  score: number;
  sentence: string;
}

const NUMBER_REF = new RegExp(`(?:第\\s*)?([0-9]{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,3})\\s*[条條](?!件)|第\\s*([0-9]{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,3})\\s*(?:项|款|点)`);

/** The item a message names by number ("第十七条", "17条", "第17項"), or null. */
export function clauseNumber(text: string): string | null {
  const m = NUMBER_REF.exec(text);
  const raw = m?.[1] ?? m?.[2];
  if (!raw) return null;
  const n = parseNumber(raw);
  if (n === null || !Number.isInteger(n)) return null;
  const id = `item-${n}`;
  return knowledge().clause(id) ? id : null;
}

/** Ranked clauses for a free-text question. */
export function findClauses(text: string, limit = 3): ClauseHit[] {
  const hits: ClauseHit[] = [];
  for (const clause of knowledge().clauses) {
    if (clause.heading.length >= 4 && text.includes(clause.heading)) {
      hits.push({ clauseId: clause.id, score: 10, sentence: clause.heading });
    }
  }
  return hits.slice(0, limit);
}
