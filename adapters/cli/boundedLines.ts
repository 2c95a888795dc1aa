/**
 * Splits a byte stream into lines without ever holding much more than `maxBytes` of one line: a longer
 * line is dropped as it streams in and reported by its size, and the lines after it are read as
 * usual. readline, which this replaces for the JSONL stream, buffers a whole line however long it
 * is, so one endless line exhausted memory and the lines after it were never answered.
 *
 * A line ends at "\n"; a "\r" before it is dropped (CRLF input). A last line without "\n" is still
 * a line. Blank lines are yielded as "" (the caller decides to skip them). Bytes are decoded as
 * UTF-8 only once a line is complete, so a character split across chunks arrives whole; "\n"
 * (0x0A) never occurs inside a multi-byte UTF-8 character, so splitting bytes at it is safe.
 */

/** A line that was longer than the limit: dropped unread, `bytes` long (without its "\n"). */
export interface DroppedLine {
  dropped: true;
  bytes: number;
}

const NEWLINE = 0x0a;
const CR = 0x0d;

export async function* boundedLines(
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, maxBytes: number,
): AsyncGenerator<string | DroppedLine> {
  // Room for the "\r" of a CRLF line, which is not part of the line.
  const keepUpTo = maxBytes + 1;
  let kept: Buffer[] = [];
  let lineBytes = 0;
  let lastByte = -1;

  const finish = (): string | DroppedLine => {
    const bytes = lastByte === CR ? lineBytes - 1 : lineBytes;
    const result: string | DroppedLine = bytes > maxBytes
      ? { dropped: true, bytes }
      : Buffer.concat(kept).subarray(0, bytes).toString('utf8');
    kept = [];
    lineBytes = 0;
    lastByte = -1;
    return result;
  };

  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    while (start < buf.length) {
      const newline = buf.indexOf(NEWLINE, start);
      const end = newline === -1 ? buf.length : newline;
      if (end > start) {
        lineBytes += end - start;
        lastByte = buf[end - 1]!;
        // Once over the limit the rest of the line is only counted. What is kept is copied, so a
        // short tail does not pin the whole chunk it arrived in.
        if (lineBytes <= keepUpTo) kept.push(Buffer.from(buf.subarray(start, end)));
        else kept = [];
      }
      if (newline === -1) break;
      yield finish();
      start = newline + 1;
    }
  }
  if (lineBytes > 0) yield finish();
}
