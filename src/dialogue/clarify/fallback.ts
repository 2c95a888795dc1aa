/**
 * When to ask before a model is trained: from what the clause search already says. Two signs that
 * a guess would be poor, each giving the clauses to offer:
 *
 * - several close, weak hits: the best clause covers little of the question, or scores faintly, and
 *   another scores nearly as high, so picking the first is a coin toss;
 * - nothing else answers, yet some clauses share words with the question: the catch-all would
 *   refuse it as out of scope on a low score alone, which CONTRACT.md forbids (an in-scope
 *   question is never refused merely because its words are unfamiliar).
 */
import { PLACES_BOOK, words } from '../../knowledge/language.js';
import type { Parsed } from '../../understand/index.js';

/** The policy's own city, named in nearly every clause: sharing it says nothing of the subject. */
const { here: HERE } = words(PLACES_BOOK, ['here']);

/** The best hit covers less than this share of the question: weak. */
export const WEAK_COVERAGE = 0.6;
/**
 * Or the best hit scores below this: the question's words are common to many clauses ("企业创新服务").
 * BM25 scores are not comparable across queries in general; this only marks the plainly faint ones.
 */
export const WEAK_SCORE = 6;
/** The second hit scores at least this share of the best: close. */
export const CLOSE_SCORE = 0.85;
/** Below the refusal, a clause must share at least this share of the question's words to be offered. */
export const MIN_OFFER_COVERAGE = 0.25;

/** Clauses to ask between when the best search hits are several, close and weak; [] otherwise. */
export function closeWeakHits(p: Parsed): string[] {
  const hits = p.analysis.find(3, p.benefits.named.length > 0, p.cues.money !== null);
  const [top, second] = hits;
  const weak = top && (top.coverage < WEAK_COVERAGE || top.score < WEAK_SCORE);
  if (!top || !second || !weak || second.score < CLOSE_SCORE * top.score) return [];
  return hits.filter((h) => h.score >= CLOSE_SCORE * top.score).map((h) => h.clauseId);
}

/**
 * Clauses sharing words with a question nothing else answers, best first; [] when none does. The
 * city's name does not count ("<city>哪里好玩" shares only it with the policy).
 */
export function clausesSharingWords(p: Parsed): string[] {
  const subject = p.cues.money !== null ? p.analysis.subject() : '';
  const words = HERE.reduce((s, city) => s.split(city).join(' '), subject || p.text).trim();
  if (!/[\p{L}\p{N}]/u.test(words)) return [];
  return p.analysis.reading
    .search(words, 3)
    .filter((h) => h.via !== 'number' && h.coverage >= MIN_OFFER_COVERAGE)
    .map((h) => h.clauseId);
}
