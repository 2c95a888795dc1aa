/**
 * The clause index's reading of the message, lazily: nodejieba and the index are loaded only when an
 * intent asks (so "第十七条" and "博士购房补贴多少" answer without them), and each text is analysed at
 * most once a turn however many questions are asked of it.
 */
import { ClauseReading, findClauses, subjectOf, unknownSubsidy } from '../../dialogue/clauseFinder.js';
import { openPointAsked } from '../../dialogue/intents/openPoint.js';
import type { ClauseHit } from '../../dialogue/clauseFinder.js';
import type { ClauseAnalysis, Component } from '../types.js';

export const analysis: Component = {
  name: 'analysis',
  process(m) {
    const text = m.text!;
    const reading = new ClauseReading(m.onAnalysis);
    let subject: string | undefined;
    let unknown: string | null | undefined;
    const finds = new Map<string, ClauseHit[]>();
    const points = new Map<string, string | null>();
    const result: ClauseAnalysis = {
      reading,
      tokens: () => reading.analysis(text).concepts,
      subject: () => (subject ??= subjectOf(text, reading)),
      unknownSubsidy: () => (unknown === undefined ? (unknown = unknownSubsidy(text, reading)) : unknown),
      find(limit, namesPolicyTerm = false, money = false) {
        const key = `${limit} ${namesPolicyTerm} ${money}`;
        let hits = finds.get(key);
        if (!hits) finds.set(key, (hits = findClauses(text, limit, namesPolicyTerm, money, reading)));
        return hits;
      },
      openPoint(clauseId) {
        if (!points.has(clauseId)) points.set(clauseId, openPointAsked(clauseId, text));
        return points.get(clauseId)!;
      },
    };
    m.analysis = result;
  },
};
