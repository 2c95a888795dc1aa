/**
 * A turn as the log keeps it (record.ts): what was asked, normalised and cut, what the bot made of
 * it, and what it answered, by name only. Built after the answer, so a turn pays for nothing here
 * when no log is kept; reads only what the turn already worked out (the model's ranking is read
 * only if the turn ran the model).
 */
import type { Answer } from '../answer/types.js';
import { texts } from '../knowledge/language.js';
import type { Parsed } from '../understand/index.js';
import { rankingIfRead } from '../understand/rankingRead.js';
import type { Channel, TurnRecord } from './record.js';

/** What the core tells the log about a turn besides its answer. */
export interface TurnTrace {
  /** The listener that answered ('error' when the turn failed and the apology was sent). */
  intent: string;
  /** The parsed message; absent when the turn failed before or while understanding it. */
  parse?: Parsed;
  /** The lead units the question was handed to (payment dates, application status, where to apply). */
  handoff?: { units: string[] };
}

export const MAX_LOGGED_CHARS = 500;

/**
 * Long digit runs are phone numbers (11 digits), ID card numbers (17 + a check character) and the
 * like: people paste them into chats, and the review needs the question, not the number.
 */
const NUMBER_RUN = /\d{11,}[\dXx]?/g;
export const NUMBER_MASK = texts('language/zh/log.json', ['numberMask']).numberMask;

/** The message as logged: numbers masked, at most 500 characters, never ending in half a surrogate pair. */
export function loggedText(text: string): string {
  const masked = text.replace(NUMBER_RUN, NUMBER_MASK);
  if (masked.length <= MAX_LOGGED_CHARS) return masked;
  const cut = masked.slice(0, MAX_LOGGED_CHARS);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Listeners whose answer is a guess the bot itself doubts: counted among the unanswered. */
const DOUBTFUL = new Set(['unsure']);

export interface TurnFacts {
  at: string;
  channel: Channel;
  conversation: string;
  /** The message as received, used when the turn failed before it was understood. */
  raw: string;
  answer: Answer;
  trace: TurnTrace;
  latencyMs: number;
  answerId: string;
}

export function turnRecord(f: TurnFacts): TurnRecord {
  const { answer, trace } = f;
  const parse = trace.parse;
  const ranking = parse ? rankingIfRead(parse.ranking) : null;
  const top = ranking?.candidates[0];
  const clarified = Boolean(answer.clarify?.length);
  const lowConfidence = !clarified && !answer.outOfScope && (DOUBTFUL.has(trace.intent) || ranking?.band === 'low');
  return {
    kind: 'turn',
    at: f.at,
    channel: f.channel,
    conversation: f.conversation,
    text: loggedText(parse ? parse.text : f.raw),
    understood: {
      intent: trace.intent,
      ...(top ? { target: top.target, confidence: round3(top.score) } : {}),
      // The parse's facts are read by nearly every listener already (the session's next facts).
      facts: parse ? Object.keys(parse.facts.stated) : [],
    },
    citations: [...answer.citations],
    outOfScope: answer.outOfScope,
    clarified,
    conditional: answer.amounts.filter((a) => a.conditional).map((a) => a.entitlement),
    benefits: [...new Set(answer.amounts.map((a) => a.entitlement))],
    asked: [...answer.followUp],
    ...(trace.handoff ? { handoff: { units: [...trace.handoff.units] } } : {}),
    lowConfidence,
    openPoint: trace.intent === 'openPoint',
    latencyMs: round3(f.latencyMs),
    answerId: f.answerId,
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
