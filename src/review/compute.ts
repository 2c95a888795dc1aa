/**
 * The staff's report over the log's records (issue 12): what `policy-bot review` prints as JSON
 * and renders as CSV, HTML and question-bank candidates. Pure: records in, ReviewReport out.
 */
import { chinaDay } from '../log/days.js';
import type { FeedbackRecord, LogRecord, TurnRecord } from '../log/record.js';
import { byCode, groupNearDuplicates } from './groups.js';
import type { ReviewReport, UnansweredGroup, UnansweredReason } from './report.js';

export interface ReviewOptions {
  since?: string;
  until?: string;
  channel?: string;
  /** Torn or damaged lines the reader skipped. */
  skippedLines?: number;
}

/** Examples kept for each unanswered group. */
export const EXAMPLES = 3;

/** Why a turn counts among the unanswered, in this order when several hold; null when it was answered. */
export function unansweredReason(t: TurnRecord): UnansweredReason | null {
  if (t.outOfScope) return 'outOfScope';
  if (t.clarified) return 'clarified';
  if (t.lowConfidence) return 'lowConfidence';
  if (t.openPoint) return 'openPoint';
  return null;
}

export function computeReview(records: readonly LogRecord[], options: ReviewOptions = {}): ReviewReport {
  const mine = options.channel ? records.filter((r) => r.channel === options.channel) : records;
  const turns = mine.filter((r): r is TurnRecord => r.kind === 'turn');
  const feedback = mine.filter((r): r is FeedbackRecord => r.kind === 'feedback');
  const byAnswer = new Map(turns.map((t) => [t.answerId, t]));

  const perDay = new Map<string, { day: string; channel: string; count: number }>();
  const clauses = new Map<string, number>();
  const benefits = new Map<string, number>();
  const units = new Map<string, number>();
  for (const t of turns) {
    const day = chinaDay(t.at);
    const key = `${day}\u0000${t.channel}`;
    const row = perDay.get(key) ?? { day, channel: t.channel, count: 0 };
    row.count++;
    perDay.set(key, row);
    for (const c of new Set(t.citations)) bump(clauses, c);
    for (const b of new Set(t.benefits ?? t.conditional)) bump(benefits, b);
    for (const u of new Set(t.handoff?.units ?? [])) bump(units, u);
  }

  const perClause = new Map<string, { citation: string; up: number; down: number }>();
  const downAnswers: ReviewReport['downAnswers'] = [];
  for (const f of feedback) {
    const turn = byAnswer.get(f.answerId);
    for (const citation of new Set(turn?.citations ?? [])) {
      const row = perClause.get(citation) ?? { citation, up: 0, down: 0 };
      row[f.value]++;
      perClause.set(citation, row);
    }
    if (f.value === 'down') downAnswers.push({ answerId: f.answerId, at: f.at, text: turn?.text ?? '', citations: [...(turn?.citations ?? [])] });
  }
  downAnswers.sort((a, b) => byCode(b.at, a.at));

  const latencies = turns.map((t) => t.latencyMs).sort((a, b) => a - b);
  return {
    ...(options.since ? { since: options.since } : {}),
    ...(options.until ? { until: options.until } : {}),
    ...(options.channel ? { channel: options.channel } : {}),
    totals: {
      turns: turns.length,
      outOfScope: turns.filter((t) => t.outOfScope).length,
      clarified: turns.filter((t) => t.clarified).length,
      lowConfidence: turns.filter((t) => t.lowConfidence).length,
      openPoints: turns.filter((t) => t.openPoint).length,
      handoffs: turns.filter((t) => t.handoff).length,
      feedbackUp: feedback.filter((f) => f.value === 'up').length,
      feedbackDown: feedback.filter((f) => f.value === 'down').length,
      skippedLines: options.skippedLines ?? 0,
    },
    perDay: [...perDay.values()].sort((a, b) => byCode(a.day, b.day) || byCode(a.channel, b.channel)),
    topClauses: ranked(clauses).map(([citation, count]) => ({ citation, count })),
    topBenefits: ranked(benefits).map(([entitlement, count]) => ({ entitlement, count })),
    feedback: [...perClause.values()].sort((a, b) => b.down - a.down || b.up + b.down - (a.up + a.down) || byCode(a.citation, b.citation)),
    downAnswers,
    handoffs: ranked(units).map(([unit, count]) => ({ unit, count })),
    latency: { p50: percentile(latencies, 50), p99: percentile(latencies, 99) },
    unanswered: unansweredGroups(turns),
  };
}

/** The unanswered turns, grouped by reason and then by near-duplicate wording, most frequent first. */
function unansweredGroups(turns: readonly TurnRecord[]): UnansweredGroup[] {
  const asked = new Map<UnansweredReason, string[]>();
  for (const t of turns) {
    const reason = unansweredReason(t);
    // An empty message is no question to learn from.
    if (!reason || !t.text.trim()) continue;
    asked.set(reason, [...(asked.get(reason) ?? []), t.text]);
  }
  const groups: UnansweredGroup[] = [];
  for (const [reason, texts] of asked) {
    for (const g of groupNearDuplicates(texts)) groups.push({ reason, label: g.label, count: g.count, examples: g.wordings.slice(0, EXAMPLES) });
  }
  return groups.sort((a, b) => b.count - a.count || byCode(a.reason, b.reason) || byCode(a.label, b.label));
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function ranked(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]));
}

/** Nearest-rank percentile of sorted values, in milliseconds to 0.001; 0 when there are none. */
function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
