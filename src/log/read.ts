/**
 * Reads the day files of the log folder back (daily.ts writes them), for `policy-bot review`. A line
 * that is not a whole record (the torn last line a crash leaves, or a damaged one) is skipped and
 * counted, with where it was, so the report says so instead of failing or guessing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chinaDay, dayOfFile } from './days.js';
import { LogRecordSchema, type LogRecord } from './record.js';

export interface LogPeriod {
  /** First day included (YYYY-MM-DD, China's day). */
  since?: string;
  /** Last day included. */
  until?: string;
}

export interface SkippedLine {
  file: string;
  line: number;
}

export interface LogRead {
  records: LogRecord[];
  skipped: SkippedLine[];
}

export function readLog(dir: string, period: LogPeriod = {}): LogRead {
  const records: LogRecord[] = [];
  const skipped: SkippedLine[] = [];
  if (!existsSync(dir)) return { records, skipped };
  const inPeriod = (day: string) => (!period.since || day >= period.since) && (!period.until || day <= period.until);
  const files = readdirSync(dir)
    .map((name) => ({ name, day: dayOfFile(name) }))
    .filter((f): f is { name: string; day: string } => f.day !== null && inPeriod(f.day))
    .sort((a, b) => a.day.localeCompare(b.day));
  for (const { name } of files) {
    const lines = readFileSync(join(dir, name), 'utf8').split('\n');
    lines.forEach((text, i) => {
      if (!text.trim()) return;
      const record = parseLine(text);
      if (!record) skipped.push({ file: name, line: i + 1 });
      // A record is counted on its own day, whichever file holds it.
      else if (inPeriod(chinaDay(record.at))) records.push(record);
    });
  }
  return { records, skipped };
}

function parseLine(text: string): LogRecord | null {
  try {
    const parsed = LogRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
