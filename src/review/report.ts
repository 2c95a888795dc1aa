/**
 * What `policy-bot review` computes over a period (issue 12): the JSON of `--json`, and what the
 * CSV, the HTML page and the candidates file are rendered from.
 */
export type UnansweredReason = 'outOfScope' | 'clarified' | 'lowConfidence' | 'openPoint';

export interface UnansweredGroup {
  reason: UnansweredReason;
  /** The group's most frequent wording. */
  label: string;
  count: number;
  /** Up to three distinct wordings from the group. */
  examples: string[];
}

export interface ReviewReport {
  since?: string;
  until?: string;
  channel?: string;
  totals: {
    turns: number;
    outOfScope: number;
    clarified: number;
    lowConfidence: number;
    openPoints: number;
    handoffs: number;
    feedbackUp: number;
    feedbackDown: number;
    /** Torn lines skipped while reading (a crash mid-write). */
    skippedLines: number;
  };
  /** Questions a day by channel, days ascending. */
  perDay: { day: string; channel: string; count: number }[];
  /** Most cited clauses and entitlements, most first. */
  topClauses: { citation: string; count: number }[];
  topBenefits: { entitlement: string; count: number }[];
  feedback: { citation: string; up: number; down: number }[];
  /** The answers given a 👎, newest first. */
  downAnswers: { answerId: string; at: string; text: string; citations: string[] }[];
  handoffs: { unit: string; count: number }[];
  latency: { p50: number; p99: number };
  /** Grouped by near-duplicates, most frequent first. */
  unanswered: UnansweredGroup[];
}
