/** A ReviewReport as `policy-bot review` computes it, for the HTML page's tests: two channels, three days, every table filled. */
import type { ReviewReport } from '../src/review/report.js';

export const SAMPLE_REPORT: ReviewReport = {
  since: '2026-11-01',
  until: '2026-11-03',
  totals: { turns: 42, outOfScope: 6, clarified: 4, lowConfidence: 3, openPoints: 2, handoffs: 5, feedbackUp: 7, feedbackDown: 2, skippedLines: 1 },
  perDay: [
    { day: '2026-11-01', channel: 'wechat', count: 10 },
    { day: '2026-11-01', channel: 'slack', count: 4 },
    { day: '2026-11-02', channel: 'wechat', count: 12 },
    { day: '2026-11-03', channel: 'slack', count: 16 },
  ],
  topClauses: [
    { citation: 'item-17', count: 15 },
    { citation: 'item-13', count: 9 },
    { citation: 'sec-3.3', count: 2 },
  ],
  topBenefits: [
    { entitlement: 'phd-first-home', count: 8 },
    { entitlement: 'phd-startup-salary', count: 5 },
  ],
  feedback: [
    { citation: 'item-17', up: 5, down: 1 },
    { citation: 'item-13', up: 2, down: 1 },
  ],
  downAnswers: [
    { answerId: 'a-7f3e', at: '2026-11-03T09:12:00.000Z', text: '孵化器奖励什么时候发', citations: ['item-17'] },
    { answerId: 'a-91c2', at: '2026-11-02T15:40:00.000Z', text: '贴息<script>alert(1)</script>怎么算', citations: ['item-13'] },
  ],
  handoffs: [{ unit: '市人力资源社会保障局', count: 3 }, { unit: '市科技局', count: 2 }],
  latency: { p50: 12, p99: 85 },
  unanswered: [
    { reason: 'outOfScope', label: '盘锦哪家澡堂子好', count: 4, examples: ['盘锦哪家澡堂子好', '澡堂子推荐', '哪里洗澡便宜'] },
    { reason: 'clarified', label: '别人抄我们的专利咋整', count: 3, examples: ['别人抄我们的专利咋整', '专利被抄袭怎么办'] },
    { reason: 'openPoint', label: '补贴分几次发', count: 2, examples: ['补贴分几次发'] },
    { reason: 'lowConfidence', label: '<b>粗体</b> & "引号"', count: 1, examples: ['<b>粗体</b> & "引号"'] },
  ],
};
