/**
 * The JSONL protocol of ../shared/CONTRACT.md: one {"user","text"} object a line in, one Answer a
 * line out, in order. A bad line gets {"error":{code,message}} on its own line and the stream goes on.
 */
import { addAbortSignal, type Readable, type Writable } from 'node:stream';
import { once } from 'node:events';
import { isIsoDate, type Respond } from '../../src/bot.js';
import type { AsyncRespond } from '../../src/state/respond.js';
import { boundedLines, type DroppedLine } from './boundedLines.js';

/** A line longer than this is refused unread; a question is cut far shorter anyway. */
export const MAX_LINE_CHARS = 100_000;

/**
 * The most bytes of one line held in memory. The limit stays in characters (UTF-16 code units, as
 * String.length counts them): a character takes at most 3 bytes of UTF-8 (an astral one 4 bytes for
 * 2 units), so a line over this many bytes is over MAX_LINE_CHARS and can be dropped as it streams
 * in. A shorter one is decoded and answerLine counts its characters exactly.
 */
export const MAX_LINE_BYTES = 3 * MAX_LINE_CHARS;

export interface LineError {
  error: { code: 'invalid_json' | 'invalid_request' | 'line_too_long' | 'internal'; message: string };
}

/**
 * Answers one line; returns the JSON text to write, or null for a blank line. With a shared store's
 * core (REDIS_URL) the answer comes as a promise.
 */
export function answerLine(line: string, respond: Respond, asOf?: string): string | null;
export function answerLine(line: string, respond: Respond | AsyncRespond, asOf?: string): string | null | Promise<string>;
export function answerLine(line: string, respond: Respond | AsyncRespond, asOf?: string): string | null | Promise<string> {
  if (!line.trim()) return null;
  if (line.length > MAX_LINE_CHARS) {
    return errorLine('line_too_long', `line is ${line.length} characters; the limit is ${MAX_LINE_CHARS}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return errorLine('invalid_json', `not valid JSON: ${(err as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return errorLine('invalid_request', 'each line must be a JSON object {"user": "...", "text": "..."}');
  }
  const { user, text, asOf: lineAsOf } = value as Record<string, unknown>;
  if (typeof user !== 'string' || !user) return errorLine('invalid_request', '"user" must be a non-empty string');
  if (typeof text !== 'string') return errorLine('invalid_request', '"text" must be a string');
  if (lineAsOf !== undefined && (typeof lineAsOf !== 'string' || !isIsoDate(lineAsOf))) {
    return errorLine('invalid_request', '"asOf", when given, must be a date as YYYY-MM-DD');
  }
  const failed = (err: unknown) => errorLine('internal', (err as Error).message);
  try {
    const answer = respond(user, text, { asOf: (lineAsOf as string | undefined) ?? asOf });
    return answer instanceof Promise ? answer.then((a) => JSON.stringify(a), failed) : JSON.stringify(answer);
  } catch (err) {
    return failed(err);
  }
}

/**
 * Answers `input` line by line until its end, or until `stop` is aborted: then no further line is
 * read or answered, but the answer already being written is finished.
 */
export async function answerJsonLines(
  input: Readable, output: Writable, respond: Respond | AsyncRespond, asOf?: string, stop?: AbortSignal,
): Promise<void> {
  if (stop?.aborted) return;
  // Aborting destroys the input, which ends a wait for the next chunk at once.
  const source = stop ? addAbortSignal(stop, input) : input;
  try {
    for await (const line of boundedLines(source, MAX_LINE_BYTES)) {
      // One line at a time, each answered before the next is read: the output keeps the input's order.
      const answered = typeof line === 'string' ? answerLine(line, respond, asOf) : droppedLine(line);
      const out = answered instanceof Promise ? await answered : answered;
      if (out !== null) {
        // Written per line (not batched) so a reader sees each answer as soon as it exists; wait on
        // back-pressure so a slow reader does not make us buffer the whole stream.
        if (!output.write(`${out}\n`)) await once(output, 'drain');
      }
      // Lines already read with this one stay unanswered.
      if (stop?.aborted) return;
    }
  } catch (err) {
    if (!stop?.aborted) throw err;
  }
}

function droppedLine({ bytes }: DroppedLine): string {
  return errorLine('line_too_long', `line is ${bytes} bytes, more than the limit of ${MAX_LINE_CHARS} characters`);
}

function errorLine(code: LineError['error']['code'], message: string): string {
  const body: LineError = { error: { code, message } };
  return JSON.stringify(body);
}
