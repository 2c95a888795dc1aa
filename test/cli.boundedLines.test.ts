/**
 * The JSONL stream's line reader on chunk boundaries: lines, CRLF and multi-byte characters split
 * anywhere between chunks, a last line without "\n", and lines over the limit dropped while the
 * lines after them are read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedLines, type DroppedLine } from '../adapters/cli/boundedLines.js';

async function read(chunks: (Buffer | string)[], maxBytes = 1000): Promise<(string | DroppedLine)[]> {
  const out: (string | DroppedLine)[] = [];
  for await (const line of boundedLines(chunks, maxBytes)) out.push(line);
  return out;
}

/** `text` as UTF-8, cut into chunks at the given byte offsets (which may fall inside a character). */
function cut(text: string, at: number[]): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const points = [...new Set(at.map((n) => n % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const p of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, p));
    start = p;
  }
  return chunks;
}

/** What the reader should yield: the lines split at "\n", CR of CRLF dropped, long ones dropped. */
function expected(text: string, maxBytes: number): (string | DroppedLine)[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((l) => {
    const line = l.endsWith('\r') ? l.slice(0, -1) : l;
    const bytes = Buffer.byteLength(line, 'utf8');
    return bytes > maxBytes ? { dropped: true, bytes } : line;
  });
}

describe('boundedLines', () => {
  describe('splitting', () => {
    it('joins a line split across chunks', async () => {
      expect(await read(['{"user":', '"a","te', 'xt":"x"}\n{"u', 'ser":"b"}\n'])).toEqual(['{"user":"a","text":"x"}', '{"user":"b"}']);
    });

    it('yields a last line that has no newline', async () => {
      expect(await read(['a\nb'])).toEqual(['a', 'b']);
      expect(await read(['a\n'])).toEqual(['a']);
      expect(await read([])).toEqual([]);
    });

    it('yields blank lines as empty strings, for the caller to skip', async () => {
      expect(await read(['a\n\n\r\n', '\nb\n'])).toEqual(['a', '', '', '', 'b']);
    });

    it('drops the CR of a CRLF line end, also when CR and LF arrive in different chunks', async () => {
      expect(await read(['a\r\nb\r', '\nc\r\n'])).toEqual(['a', 'b', 'c']);
      expect(await read(['a\r'])).toEqual(['a']);
    });

    it('keeps a CR inside a line', async () => {
      expect(await read(['a\rb\n'])).toEqual(['a\rb']);
    });

    it('decodes a character split across chunks at every byte', async () => {
      const text = '{"text":"第十七条😀"}\n';
      const bytes = Buffer.from(text, 'utf8');
      for (let i = 1; i < bytes.length; i++) {
        expect(await read([bytes.subarray(0, i), bytes.subarray(i)])).toEqual(['{"text":"第十七条😀"}']);
      }
      expect(await read([...bytes].map((b) => Buffer.from([b])))).toEqual(['{"text":"第十七条😀"}']);
    });
  });

  describe('the limit', () => {
    it('keeps a line of exactly maxBytes, with or without CR, and drops one byte more', async () => {
      const max = 'x'.repeat(10);
      expect(await read([`${max}\n${max}\r\n${max}y\n`], 10)).toEqual([max, max, { dropped: true, bytes: 11 }]);
    });

    it('counts bytes, not characters', async () => {
      expect(await read(['第十七条\n第十\n'], 6)).toEqual([{ dropped: true, bytes: 12 }, '第十']);
    });

    it('drops a line that streams in over many chunks and reads the line after it', async () => {
      async function* chunks() {
        yield '{"user":"a","text":"';
        for (let i = 0; i < 1000; i++) yield 'x'.repeat(1000);
        yield '"}\r\n{"user":"b"}\n';
      }
      const out: (string | DroppedLine)[] = [];
      for await (const line of boundedLines(chunks(), 100)) out.push(line);
      expect(out).toEqual([{ dropped: true, bytes: 20 + 1_000_000 + 2 }, '{"user":"b"}']);
    });

    it('drops a last line over the limit that has no newline', async () => {
      expect(await read(['ok\n', 'y'.repeat(50)], 10)).toEqual(['ok', { dropped: true, bytes: 50 }]);
    });
  });

  it('agrees with splitting the whole text, however it is chunked (property)', async () => {
    const char = fc.constantFrom('a', '{', '"', ' ', '\n', '\r', '第', 'é', '😀', '\r\n');
    await fc.assert(
      fc.asyncProperty(
        fc.array(char, { maxLength: 60 }).map((cs) => cs.join('')),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.integer({ min: 0, max: 12 }),
        async (text, at, maxBytes) => {
          expect(await read(cut(text, at), maxBytes)).toEqual(expected(text, maxBytes));
        },
      ),
      { numRuns: 500 },
    );
  });
});
