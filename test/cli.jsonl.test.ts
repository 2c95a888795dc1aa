/**
 * answerJsonLines, the loop behind `policy-bot ask --jsonl`, on streams: a line over the limit is
 * answered with line_too_long and the stream goes on; a stop signal ends the stream after the
 * answer in progress. The core is stood in for by an echo: these tests are about the stream.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answerJsonLines, MAX_LINE_CHARS } from '../adapters/cli/jsonl.js';
import type { Respond } from '../src/bot.js';

const echo: Respond = ((user: string, text: string) => ({ user, answer: text })) as unknown as Respond;

function collect(output: PassThrough): () => Record<string, any>[] {
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  return () => text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

describe('answerJsonLines', () => {
  describe('lines over the limit', () => {
    it('answers a line that streams in over the limit with line_too_long, then the next line', async () => {
      const input = new PassThrough();
      const output = new PassThrough();
      const lines = collect(output);
      const done = answerJsonLines(input, output, echo);
      input.write('{"user":"a","text":"');
      for (let i = 0; i < 100; i++) input.write('x'.repeat(10_000));
      input.end('"}\n{"user":"b","text":"next"}\n');
      await done;
      expect(lines()).toEqual([
        { error: { code: 'line_too_long', message: `line is 1000022 bytes, more than the limit of ${MAX_LINE_CHARS} characters` } },
        { user: 'b', answer: 'next' },
      ]);
    });

    it('still counts characters, not bytes, below the point where a line is dropped unread', async () => {
      const input = new PassThrough();
      const output = new PassThrough();
      const lines = collect(output);
      const wrapper = '{"user":"a","text":""}'.length;
      // Three bytes a character: within the limit in characters, though far over it in bytes.
      const cjk = '第'.repeat(MAX_LINE_CHARS - wrapper);
      input.end(`{"user":"a","text":"${cjk}"}\n{"user":"a","text":"${'x'.repeat(MAX_LINE_CHARS)}"}\n`);
      await answerJsonLines(input, output, echo);
      const [first, second] = lines();
      expect(first).toEqual({ user: 'a', answer: cjk });
      expect(second!.error.code).toBe('line_too_long');
      expect(second!.error.message).toMatch(/characters/);
    });
  });

  describe('stopping', () => {
    it('finishes the answer in progress and leaves the lines read with it unanswered', async () => {
      const stop = new AbortController();
      const stopping: Respond = ((user: string, text: string) => {
        stop.abort();
        return echo(user, text);
      }) as unknown as Respond;
      const input = new PassThrough();
      const output = new PassThrough();
      const lines = collect(output);
      input.write('{"user":"a","text":"1"}\n{"user":"a","text":"2"}\n{"user":"a","text":"3"}\n');
      await answerJsonLines(input, output, stopping, undefined, stop.signal);
      expect(lines()).toEqual([{ user: 'a', answer: '1' }]);
    });

    it('ends while waiting for input that never comes', async () => {
      const stop = new AbortController();
      const input = new PassThrough();
      const output = new PassThrough();
      const lines = collect(output);
      const done = answerJsonLines(input, output, echo, undefined, stop.signal);
      input.write('{"user":"a","text":"1"}\n');
      await new Promise((resolve) => output.once('data', resolve));
      stop.abort();
      await done;
      expect(lines()).toEqual([{ user: 'a', answer: '1' }]);
      expect(input.destroyed).toBe(true);
    });
  });
});
