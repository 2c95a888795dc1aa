/**
 * The dialogue's one door to clause search (src/search, issue 2). Clause numbers are resolved
 * without touching the ranked index, so "第十七条" is answered before nodejieba has loaded.
 */
import { knowledge } from '../knowledge/index.js';
import { clauseSearch, type SearchHit } from '../search/index.js';
import { parseNumeral, resolveClauseNumber } from '../search/clauseNumber.js';
import { normalize } from '../search/normalize.js';
import { isMoneyWord } from './benefits.js';

export type ClauseHit = SearchHit;

/**
 * Below this share of the asker's words found in the clause, a ranked hit is not trusted as the
 * answer: most of the question is about something the clause does not speak of.
 */
export const MIN_COVERAGE = 0.5;

const exists = (id: string) => knowledge().clause(id) !== undefined;

/** The clause a message names by number ("第十七条", "17条", "第17條"), or null. Text is normalised. */
export function clauseNumber(text: string): string | null {
  const found = resolveClauseNumber(text.toLowerCase(), exists);
  if (found) return found;
  // "条款17", "条目十七": the number after the word, which the search's resolver does not read.
  const after = /条(?:款|目)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})(?![\d万元年])/.exec(text);
  const n = after ? parseNumeral(after[1]!) : null;
  return n && exists(`item-${n}`) ? `item-${n}` : null;
}

/** When the message names something the policy grants, a weaker match is still about the policy. */
export const MIN_COVERAGE_NAMED = 0.3;

/**
 * Ranked clauses for a free-text question whose words the clause mostly covers. A money question
 * ("院士专家工作站建站补贴多少") that no clause covers whole is tried again on its subject alone: the
 * money words say what is asked, not about what, and a clause that sets no money never has them.
 */
export function findClauses(text: string, limit = 3, namesPolicyTerm = false, money = false): ClauseHit[] {
  const floor = namesPolicyTerm ? MIN_COVERAGE_NAMED : MIN_COVERAGE;
  const subject = money ? subjectOf(text) : '';
  return clauseSearch().search(subject || text, { limit }).filter((h) => h.coverage >= floor);
}

/**
 * The message without its money words, as the search reads it: "院士专家工作站建站补贴多少" →
 * "院士专家工作站建站多少". '' when nothing but money words and question glue is left ("那有补贴吗").
 */
export function subjectOf(text: string): string {
  const concepts = clauseSearch().analyze(text).concepts;
  // "奖多少" is read as the synonym 奖励: a word the lexicon reads as money words only is one too.
  const money = concepts.filter((c) => isMoneyWord(c.text) || (c.via !== 'word' && !!c.readAs && c.readAs.split('/').every(isMoneyWord)));
  const rest = concepts.filter((c) => !money.includes(c) && (c.salience === undefined || c.salience >= 0.5));
  if (!rest.length) return '';
  return money.reduce((s, c) => s.split(c.text).join(' '), text.toLowerCase()).trim();
}

/** The sentence of the clause that best matched the question. */
export function sentenceOf(hit: ClauseHit): string {
  return hit.sentence;
}

/** Ranked clauses with no coverage floor: for choosing among clauses already known to be in scope. */
export function rankClauses(text: string, limit = 3): ClauseHit[] {
  return clauseSearch().search(text, { limit });
}

export { normalize };
