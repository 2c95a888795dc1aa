/**
 * The dialogue's one door to clause search (src/search, issue 2). Clause numbers are resolved
 * without touching the ranked index, so "第十七条" is answered before nodejieba has loaded.
 */
import { knowledge } from '../knowledge/index.js';
import { clauseSearch, type AnalyzedQuery, type Ranking, type SearchHit } from '../search/index.js';
import { parseNumeral, resolveClauseNumber } from '../search/clauseNumber.js';
import { normalize } from '../search/normalize.js';
import { isMoneyWord } from './benefits.js';
import { patterns } from '../knowledge/language.js';

const P = patterns('language/zh/clause-finder.json', [
  'clauseAfterWord', 'clauseNumbers', 'functionChar', 'subsidyNoun',
]);

export type ClauseHit = SearchHit;

/**
 * Below this share of the asker's words found in the clause, a ranked hit is not trusted as the
 * answer: most of the question is about something the clause does not speak of.
 */
export const MIN_COVERAGE = 0.5;

const exists = (id: string) => knowledge().clause(id) !== undefined;

/**
 * What the clause index makes of the texts of one message, each text analysed and ranked once
 * however many questions are asked of it (subject, unknown subsidy, ranked clauses, to any depth).
 * The understanding stage keeps one per turn; without one, each call analyses afresh, as a one-off
 * caller expects.
 */
export class ClauseReading {
  private readonly analyses = new Map<string, AnalyzedQuery>();
  private readonly rankings = new Map<string, Ranking>();

  /** `onAnalysis` is told each time a text is analysed (tests count them). */
  constructor(private readonly onAnalysis?: (text: string) => void) {}

  analysis(text: string): AnalyzedQuery {
    let found = this.analyses.get(text);
    if (!found) {
      this.onAnalysis?.(text);
      found = clauseSearch().analyze(text);
      this.analyses.set(text, found);
    }
    return found;
  }

  /** Ranked hits, best first; a copy, so a caller may reorder it. */
  search(text: string, limit: number): SearchHit[] {
    let found = this.rankings.get(text);
    if (!found) this.rankings.set(text, (found = clauseSearch().ranking(text, this.analysis(text))));
    return found.hits(limit);
  }
}

/** The clause a message names by number ("第十七条", "17条", "第17條"), or null. Text is normalised. */
export function clauseNumber(text: string): string | null {
  const found = resolveClauseNumber(text.toLowerCase(), exists);
  if (found) return found;
  // "条款17", "条目十七": the number after the word, which the search's resolver does not read.
  const after = P.clauseAfterWord.exec(text);
  const n = after ? parseNumeral(after[1]!) : null;
  return n && exists(`item-${n}`) ? `item-${n}` : null;
}

/**
 * Every item a message names as 第N条 when it names two or more ("第16条和第17条有什么区别"), in the
 * order said; [] otherwise, so a single number goes through clauseNumber as before.
 */
export function clauseNumbers(text: string): string[] {
  const ids = [...text.matchAll(P.clauseNumbers)]
    .map((m) => parseNumeral(m[1]!))
    .filter((n): n is number => n !== null && exists(`item-${n}`))
    .map((n) => `item-${n}`);
  const distinct = [...new Set(ids)];
  return distinct.length >= 2 ? distinct : [];
}

/** Scores within this share of the best count as a tie for a money question's subject. */
const NEAR_TIE = 0.85;
/** How much more of the subject a tied clause must cover to be preferred. */
const COVERAGE_LEAD = 0.1;

/** When the message names something the policy grants, a weaker match is still about the policy. */
export const MIN_COVERAGE_NAMED = 0.3;

/**
 * Ranked clauses for a free-text question whose words the clause mostly covers. A money question
 * ("院士专家工作站建站补贴多少") that no clause covers whole is tried again on its subject alone: the
 * money words say what is asked, not about what, and a clause that sets no money never has them.
 */
export function findClauses(text: string, limit = 3, namesPolicyTerm = false, money = false, reading = new ClauseReading()): ClauseHit[] {
  const floor = namesPolicyTerm ? MIN_COVERAGE_NAMED : MIN_COVERAGE;
  const subject = money ? subjectOf(text, reading) : '';
  const hits = reading.search(subject || text, money ? Math.max(limit, 3) : limit).filter((h) => h.coverage >= floor);
  // A money question is about the clause that speaks of all of its subject ("境外设立研发中心" is
  // item-10's), not the one where one of its words (研发中心) weighs a little more: of hits nearly
  // tied on score, the one that covers clearly more of the subject comes first.
  if (money && hits.length > 1) {
    const top = hits[0]!;
    const better = hits.find((h) => h.score >= NEAR_TIE * top.score && h.coverage >= top.coverage + COVERAGE_LEAD);
    if (better) hits.splice(hits.indexOf(better), 1), hits.unshift(better);
  }
  return hits.slice(0, limit);
}

/**
 * The message without its money words, as the search reads it: "院士专家工作站建站补贴多少" →
 * "院士专家工作站建站多少". '' when nothing but money words and question glue is left ("那有补贴吗").
 */
export function subjectOf(text: string, reading = new ClauseReading()): string {
  const concepts = reading.analysis(text).concepts;
  // "奖多少" is read as the synonym 奖励: a word the lexicon reads as money words only is one too.
  const money = concepts.filter((c) => isMoneyWord(c.text) || (c.via !== 'word' && !!c.readAs && c.readAs.split('/').every(isMoneyWord)));
  const rest = concepts.filter((c) => !money.includes(c) && (c.salience === undefined || c.salience >= 0.5));
  if (!rest.length) return '';
  return money.reduce((s, c) => s.split(c.text).join(' '), text.toLowerCase()).trim();
}

/** Characters of question glue that jieba leaves stuck to a word ("那有补贴吗"): no subsidy's name. */
const FUNCTION_CHAR = P.functionChar;

/** Money words that end a subsidy's name ("稳岗补贴"), read after an unknown subject word. */
const SUBSIDY_NOUN = P.subsidyNoun;

/**
 * The name of a subsidy whose subject no clause mentions ("稳岗补贴多少" → "稳岗补贴"), or null.
 * It is such a question when every word besides the money words is one the clauses never use, or
 * when the money word's own subject is a noun no clause uses ("购买设备补贴"): searching on the
 * other words would answer it with another benefit's money.
 */
export function unknownSubsidy(text: string, reading = new ClauseReading()): string | null {
  const concepts = reading.analysis(text).concepts;
  const money = (c: (typeof concepts)[number]) => isMoneyWord(c.text) || (c.via !== 'word' && !!c.readAs && c.readAs.split('/').every(isMoneyWord));
  const rest = concepts.filter((c) => !money(c));
  if (rest.length === concepts.length || !rest.length) return null;
  const unknown = (c: (typeof concepts)[number]) => c.via === 'word' && c.salience !== undefined;
  const allUnknown = rest.every(unknown);
  const lower = text.toLowerCase();
  for (const c of rest) {
    if (!unknown(c) || !(allUnknown || c.salience === 1)) continue;
    if (!/^\p{Script=Han}{2,}$/u.test(c.text) || FUNCTION_CHAR.test(c.text)) continue;
    const noun = SUBSIDY_NOUN.exec(lower.slice(lower.indexOf(c.text) + c.text.length));
    if (noun) return c.text + noun[0];
  }
  return null;
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
