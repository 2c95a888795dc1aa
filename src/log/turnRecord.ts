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
  // Most messages hold no such run: found by a scan, the regular expression runs only when one is there.
  const masked = hasNumberRun(text) ? text.replace(NUMBER_RUN, NUMBER_MASK) : text;
  if (masked.length <= MAX_LOGGED_CHARS) return masked;
  const cut = masked.slice(0, MAX_LOGGED_CHARS);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Whether `text` holds 11 or more ASCII digits in a row (NUMBER_RUN's shortest match). */
function hasNumberRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c >= 0x30 && c <= 0x39 ? run + 1 : 0;
    if (run >= 11) return true;
  }
  return false;
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

/**
 * Written for the answer path, where it runs with every cache cold from the answer just worked
 * out: one pass over the amounts, no temporary objects spread into the record (issue 12 holds the
 * log to under 10% of the answers per second, and every record pays this).
 */
export function turnRecord(f: TurnFacts): TurnRecord {
  const { answer, trace } = f;
  const parse = trace.parse;
  const ranking = parse ? rankingIfRead(parse.ranking) : null;
  const top = ranking?.candidates[0];
  const clarified = answer.clarify !== undefined && answer.clarify.length > 0;
  const lowConfidence = !clarified && !answer.outOfScope && (DOUBTFUL.has(trace.intent) || ranking?.band === 'low');
  // The parse's facts are read by every listener already (the session's next facts).
  const facts = parse ? Object.keys(parse.facts.stated) : [];
  const understood: TurnRecord['understood'] = top
    ? { intent: trace.intent, target: top.target, confidence: round3(top.score), facts }
    : { intent: trace.intent, facts };
  const conditional: string[] = [];
  const benefits: string[] = [];
  for (const a of answer.amounts) {
    if (a.conditional) conditional.push(a.entitlement);
    if (!benefits.includes(a.entitlement)) benefits.push(a.entitlement);
  }
  const record: TurnRecord = {
    kind: 'turn',
    at: f.at,
    channel: f.channel,
    conversation: f.conversation,
    text: loggedText(parse ? parse.text : f.raw),
    understood,
    citations: answer.citations.slice(),
    outOfScope: answer.outOfScope,
    clarified,
    conditional,
    benefits,
    asked: answer.followUp.slice(),
    lowConfidence,
    openPoint: trace.intent === 'openPoint',
    latencyMs: round3(f.latencyMs),
    answerId: f.answerId,
  };
  if (trace.handoff) record.handoff = { units: trace.handoff.units.slice() };
  return record;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
