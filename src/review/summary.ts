/** `policy-bot review` without --json: the report's main figures as a few lines of text. */
import { fill } from '../knowledge/language.js';
import type { ReviewReport } from './report.js';
import { reasonWord, REVIEW as W } from './words.js';

/** Rows shown of each list; the rest are in the JSON, CSV and HTML. */
const SHOWN = 10;

export function reviewSummary(r: ReviewReport, dir: string): string {
  const t = r.totals;
  const lines = [
    fill(W.logFolder, { dir }),
    `${W.sectionPeriod}：${r.since ?? '…'} — ${r.until ?? '…'}；${W.channel}：${r.channel ?? W.all}`,
    `${W.turns} ${t.turns}；${W.outOfScope} ${t.outOfScope}；${W.clarified} ${t.clarified}；${W.lowConfidence} ${t.lowConfidence}；${W.openPoints} ${t.openPoints}；${W.handoffs} ${t.handoffs}；${W.feedbackUp} ${t.feedbackUp}；${W.feedbackDown} ${t.feedbackDown}${t.skippedLines ? `；${W.skippedLines} ${t.skippedLines}` : ''}`,
    `${W.sectionLatency}：p50 ${r.latency.p50}，p99 ${r.latency.p99}`,
  ];
  const list = (heading: string, rows: string[]) => {
    if (!rows.length) return;
    lines.push('', `${heading}：`, ...rows.slice(0, SHOWN).map((row) => `  ${row}`));
    if (rows.length > SHOWN) lines.push(`  ${fill(W.summaryMore, { count: rows.length - SHOWN })}`);
  };
  list(W.sectionTopClauses, r.topClauses.map((c) => `${c.citation}  ${c.count}`));
  list(W.sectionHandoffs, r.handoffs.map((h) => `${h.unit}  ${h.count}`));
  list(W.sectionUnanswered, r.unanswered.map((g) => `${g.count}  [${reasonWord(g.reason)}] ${g.label}`));
  return `${lines.join('\n')}\n`;
}
