import { z } from 'zod';

/**
 * One line of the conversation log (issue 12). The log is for staff review and must pass a privacy
 * review (PIPL): it holds a keyed hash of the conversation, never a raw Slack or WeChat id, and the
 * names of the facts told, never their values. docs/review.md says what is stored and for how long.
 *
 * Two kinds share one file so that a day's file is the whole story of that day in order: a turn and
 * the feedback later given on one of its answers (joined by `answerId`).
 */
export const CHANNELS = ['cli', 'jsonl', 'slack', 'wechat'] as const;
export type Channel = (typeof CHANNELS)[number];

export const TurnRecordSchema = z.object({
  kind: z.literal('turn'),
  /** ISO 8601, UTC. */
  at: z.string(),
  channel: z.enum(CHANNELS),
  /** HMAC-SHA256 (hex) of the channel's conversation key under the log's secret. */
  conversation: z.string(),
  /** The normalised message, cut at 500 characters. */
  text: z.string().max(500),
  understood: z.object({
    /** The listener (intent) that answered. */
    intent: z.string(),
    /** The question-bank target, when a model or a rule named one. */
    target: z.string().optional(),
    /** The model's probability for `target`, 0–1, when a model scored the turn. */
    confidence: z.number().optional(),
    /** Names of the facts this turn told (never their values). */
    facts: z.array(z.string()),
  }),
  citations: z.array(z.string()),
  outOfScope: z.boolean(),
  clarified: z.boolean(),
  /** Entitlement ids of the amounts given as conditional. */
  conditional: z.array(z.string()),
  /** Entitlement ids of every amount the answer states (the benefits asked about); absent in records before it. */
  benefits: z.array(z.string()).optional(),
  /** The follow-up questions asked. */
  asked: z.array(z.string()),
  /** Set when the question was handed to the lead units (payment dates, status, where to apply). */
  handoff: z.object({ units: z.array(z.string()) }).optional(),
  /** The answer came from the model's low band or the fallback: counted among the unanswered. */
  lowConfidence: z.boolean(),
  /** The answer is a point the text leaves open (knowledge/open-points.json). */
  openPoint: z.boolean(),
  latencyMs: z.number(),
  answerId: z.string(),
});
export type TurnRecord = z.infer<typeof TurnRecordSchema>;

export const FeedbackRecordSchema = z.object({
  kind: z.literal('feedback'),
  at: z.string(),
  channel: z.enum(CHANNELS),
  conversation: z.string(),
  answerId: z.string(),
  value: z.enum(['up', 'down']),
});
export type FeedbackRecord = z.infer<typeof FeedbackRecordSchema>;

export const LogRecordSchema = z.discriminatedUnion('kind', [TurnRecordSchema, FeedbackRecordSchema]);
export type LogRecord = z.infer<typeof LogRecordSchema>;
