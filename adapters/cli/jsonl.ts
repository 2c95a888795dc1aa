/**
 * The JSONL protocol of ../shared/CONTRACT.md: one {"user","text"} object a line in, one Answer a
 * line out, in order. A bad line gets {"error":{code,message}} on its own line and the stream goes on.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { isIsoDate, type Respond } from '../../src/bot.js';

/** A line longer than this is refused unread; a question is cut far shorter anyway. */
export const MAX_LINE_CHARS = 100_000;

export interface LineError {
  error: { code: 'invalid_json' | 'invalid_request' | 'line_too_long' | 'internal'; message: string };
}

/** Answers one line; returns the JSON text to write, or null for a blank line. */
export function answerLine(line: string, respond: Respond, asOf?: string): string | null {
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
  try {
    return JSON.stringify(respond(user, text, { asOf: (lineAsOf as string | undefined) ?? asOf }));
  } catch (err) {
    return errorLine('internal', (err as Error).message);
  }
}

export async function answerJsonLines(input: Readable, output: Writable, respond: Respond, asOf?: string): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    const out = answerLine(line, respond, asOf);
    if (out === null) continue;
    // Written per line (not batched) so a reader sees each answer as soon as it exists; wait on
    // back-pressure so a slow reader does not make us buffer the whole stream.
    if (!output.write(`${out}\n`)) await once(output, 'drain');
  }
}

function errorLine(code: LineError['error']['code'], message: string): string {
  const body: LineError = { error: { code, message } };
  return JSON.stringify(body);
}
