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
    m.analysis = new MessageAnalysis(m.text!, m.onAnalysis);
  },
};

/**
 * One object a turn with its memos as fields, rather than closures made per turn: most turns never
 * ask the index anything, and under tsx (esbuild keepNames) each named closure is renamed as it is made.
 */
class MessageAnalysis implements ClauseAnalysis {
  private readonly text: string;
  private readonly onAnalysis: ((text: string) => void) | undefined;
  private memo: ClauseReading | undefined;
  private subjectMemo: string | undefined;
  private unknown: string | null | undefined;
  private finds: Map<string, ClauseHit[]> | undefined;
  private points: Map<string, string | null> | undefined;

  constructor(text: string, onAnalysis?: (text: string) => void) {
    this.text = text;
    this.onAnalysis = onAnalysis;
  }

  get reading(): ClauseReading {
    return (this.memo ??= new ClauseReading(this.onAnalysis));
  }

  tokens() {
    return this.reading.analysis(this.text).concepts;
  }

  subject(): string {
    return (this.subjectMemo ??= subjectOf(this.text, this.reading));
  }

  unknownSubsidy(): string | null {
    if (this.unknown === undefined) this.unknown = unknownSubsidy(this.text, this.reading);
    return this.unknown;
  }

  find(limit: number, namesPolicyTerm = false, money = false): ClauseHit[] {
    const key = `${limit} ${namesPolicyTerm} ${money}`;
    let hits = (this.finds ??= new Map()).get(key);
    if (!hits) this.finds.set(key, (hits = findClauses(this.text, limit, namesPolicyTerm, money, this.reading)));
    return hits;
  }

  openPoint(clauseId: string): string | null {
    const points = (this.points ??= new Map());
    if (!points.has(clauseId)) points.set(clauseId, openPointAsked(clauseId, this.text));
    return points.get(clauseId)!;
  }
}
