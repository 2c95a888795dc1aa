/**
 * The log's days are China's (UTC+8, no daylight saving): a question asked at 07:00 in Panjin on
 * 1 March is on 1 March's file and in 1 March's count, as the staff who read the report count days.
 */
const CHINA_OFFSET_MS = 8 * 3600_000;

/** YYYY-MM-DD in China of an instant. */
export function chinaDay(at: Date | number | string): string {
  return new Date(new Date(at).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The first instant of a China day and of the next, as ISO strings (UTC, milliseconds, Z). */
export function chinaDayBounds(day: string): [string, string] {
  const start = Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET_MS;
  return [new Date(start).toISOString(), new Date(start + 86400_000).toISOString()];
}

/** The day `n` days before `day` (YYYY-MM-DD). */
export function daysBefore(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - n * 86400_000).toISOString().slice(0, 10);
}

/** A day file's name, and the day a name stands for (null for any other file in the folder). */
export const dayFile = (day: string): string => `${day}.jsonl`;
export function dayOfFile(name: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(name);
  return m ? m[1]! : null;
}
