/**
 * The clause search, the way the rest of the core uses it.
 *
 *   clauseSearch().search('博仕购房补贴')      → [{ clauseId: 'item-17', via: 'index', coverage: 0.73,
 *                                               sentence: '对新落户…予以最高12万元购房补贴。', score: 19.1 }, …]
 *   clauseSearch().clauseNumber('第十七條')    → 'item-17'
 *   clauseSearch().spellCorrect('博仕购房补贴') → '博士购房补贴'
 *   clauseSearch().analyze('高企认定')         → the words, synonyms (高企 → 高新技术企业) and typo fixes
 *   termsOf('高企认定')                        → ['高企', '高新', '技术', '企业', '高新技术企业', '认定']
 *   normalize('第１７條')                      → '第17条'
 *   segment('院士专家工作站在哪')               → ['院士专家工作站', '在', '哪']
 *
 * A hit's `coverage` (0–1) is the share of the question the clause speaks of; below about 0.5 most
 * of the question is about something else (the out-of-scope cue).
 *
 * The shared instance loads nodejieba (about a quarter of a second) and builds the index on first use; call
 * clauseSearch() once at start-up to pay that before the first message.
 */
import { knowledge } from '../knowledge/index.js';
import { createClauseSearch, type ClauseSearch } from './clauseSearch.js';

export { createClauseSearch, type ClauseSearch, type Ranking, type SearchHit, type SearchOptions } from './clauseSearch.js';
export type { AnalyzedQuery, QueryConcept } from './query.js';
export { normalize } from './normalize.js';
export { segment, lexicon } from './segment.js';
export { parseNumeral } from './clauseNumber.js';

let shared: ClauseSearch | undefined;

/** The process-wide clause search over knowledge(), built on first call. */
export function clauseSearch(): ClauseSearch {
  shared ??= createClauseSearch(knowledge());
  return shared;
}

/**
 * The policy terms a text mentions, after normalisation, stop words and synonyms (高企 →
 * 高新技术企业): for matching a message against data without ranking clauses.
 */
export function termsOf(text: string): string[] {
  return [...new Set(clauseSearch().analyze(text).terms.map((t) => t.term))];
}
