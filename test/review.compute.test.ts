/**
 * policy-bot review's figures (issue 12, part 4), from records made by hand: each count, join and
 * order the report promises, and the near-duplicate grouping of the unanswered.
 */
import { describe, expect, it } from 'vitest';
import type { FeedbackRecord, LogRecord, TurnRecord } from '../src/log/record.js';
import { computeReview } from '../src/review/compute.js';
import { bigrams, groupNearDuplicates, jaccard } from '../src/review/groups.js';

let n = 0;
function turn(over: Partial<TurnRecord> = {}): TurnRecord {
  n++;
  return {
    kind: 'turn', at: '2026-03-01T02:00:00.000Z', channel: 'wechat', conversation: 'c', text: `问题${n}`,
    understood: { intent: 'clauseByNumber', facts: [] }, citations: [], outOfScope: false, clarified: false,
    conditional: [], asked: [], lowConfidence: false, openPoint: false, latencyMs: 10, answerId: `a${n}`, ...over,
  };
}
const fb = (answerId: string, value: 'up' | 'down', at = '2026-03-01T03:00:00.000Z'): FeedbackRecord => ({ kind: 'feedback', at, channel: 'wechat', conversation: 'c', answerId, value });

describe('computeReview', () => {
  it('counts turns a China day by channel, and each kind of unanswered', () => {
    const records: LogRecord[] = [
      turn({ at: '2026-02-28T16:30:00.000Z' }), // 00:30 on 1 March in China
      turn({ channel: 'slack', outOfScope: true }),
      turn({ clarified: true }),
      turn({ lowConfidence: true }),
      turn({ openPoint: true, handoff: { units: ['市科技局', '市财政局'] } }),
      turn({ at: '2026-03-02T01:00:00.000Z', handoff: { units: ['市科技局'] } }),
    ];
    const r = computeReview(records, { skippedLines: 1 });
    expect(r.totals).toEqual({ turns: 6, outOfScope: 1, clarified: 1, lowConfidence: 1, openPoints: 1, handoffs: 2, feedbackUp: 0, feedbackDown: 0, skippedLines: 1 });
    expect(r.perDay).toEqual([
      { day: '2026-03-01', channel: 'slack', count: 1 },
      { day: '2026-03-01', channel: 'wechat', count: 4 },
      { day: '2026-03-02', channel: 'wechat', count: 1 },
    ]);
    expect(r.handoffs).toEqual([{ unit: '市科技局', count: 2 }, { unit: '市财政局', count: 1 }]);
    expect(computeReview(records, { channel: 'slack' }).totals.turns).toBe(1);
  });

  it('ranks clauses and benefits, most asked first', () => {
    const r = computeReview([
      turn({ citations: ['item-17', 'sec-3.2'], benefits: ['phd-first-home'] }),
      turn({ citations: ['item-17'], conditional: ['phd-startup-salary'] }),
      turn({ citations: ['item-13'] }),
    ]);
    expect(r.topClauses).toEqual([{ citation: 'item-17', count: 2 }, { citation: 'item-13', count: 1 }, { citation: 'sec-3.2', count: 1 }]);
    expect(r.topBenefits).toEqual([{ entitlement: 'phd-first-home', count: 1 }, { entitlement: 'phd-startup-salary', count: 1 }]);
  });

  it('joins feedback to its answer: per clause, and the 👎 answers newest first', () => {
    const a = turn({ citations: ['item-17'], text: '博士买房补多少' });
    const b = turn({ citations: ['item-13'], text: '贴息怎么算' });
    const r = computeReview([a, b, fb(a.answerId, 'up'), fb(a.answerId, 'down', '2026-03-01T04:00:00.000Z'), fb(b.answerId, 'down', '2026-03-01T05:00:00.000Z')]);
    expect(r.totals.feedbackUp).toBe(1);
    expect(r.totals.feedbackDown).toBe(2);
    expect(r.feedback).toEqual([{ citation: 'item-17', up: 1, down: 1 }, { citation: 'item-13', up: 0, down: 1 }]);
    expect(r.downAnswers.map((d) => d.text)).toEqual(['贴息怎么算', '博士买房补多少']);
  });

  it('gives latency p50 and p99 by nearest rank', () => {
    const r = computeReview(Array.from({ length: 100 }, (_, i) => turn({ latencyMs: i + 1 })));
    expect(r.latency).toEqual({ p50: 50, p99: 99 });
    expect(computeReview([]).latency).toEqual({ p50: 0, p99: 0 });
  });

  it('groups the unanswered by near-duplicates, with counts and three examples, most frequent first', () => {
    const oos = (text: string) => turn({ outOfScope: true, text });
    const r = computeReview([
      oos('水费电费在哪交'), oos('水费电费在哪交'), oos('水费电费在哪里交'), oos('电费水费在哪交呀'), oos('水费电费去哪交'),
      oos('周末带孩子去哪玩'), oos('周末带孩子去哪玩'),
      turn({ clarified: true, text: '那个东西怎么弄' }),
      oos(''),
    ]);
    expect(r.unanswered[0]).toEqual({ reason: 'outOfScope', label: '水费电费在哪交', count: 5, examples: ['水费电费在哪交', '水费电费去哪交', '水费电费在哪里交'] });
    expect(r.unanswered.slice(1)).toEqual([
      { reason: 'outOfScope', label: '周末带孩子去哪玩', count: 2, examples: ['周末带孩子去哪玩'] },
      { reason: 'clarified', label: '那个东西怎么弄', count: 1, examples: ['那个东西怎么弄'] },
    ]);
  });
});

describe('groupNearDuplicates', () => {
  it('reads bigrams without punctuation or spaces', () => {
    expect([...bigrams('博士, 后！')]).toEqual(['博士', '士后']);
    expect(jaccard(bigrams('博士后算不算'), bigrams('博士后算不算博士'))).toBeGreaterThanOrEqual(0.5);
    expect(jaccard(bigrams('博士后算不算'), bigrams('高企奖励多少'))).toBe(0);
  });
  it('keeps different questions apart', () => {
    expect(groupNearDuplicates(['博士购房补贴多少', '高企奖励多少']).map((g) => g.count)).toEqual([1, 1]);
  });
});
