/**
 * Loads knowledge/lexicon/event-dates.json: the words that name each dated event ("买房" for the
 * home purchase, "贷款" for the loan…) and those of the policy's own period. The dialogue reads a
 * date said beside such a word as that event's date (src/dialogue/facts/eventDates.ts).
 */
import { z } from 'zod';
import { DEFAULT_KNOWLEDGE_DIR } from './load.js';
import { readJson } from './readJson.js';

export const EVENT_DATES = 'lexicon/event-dates.json';

const pattern = z.string().min(1).superRefine((s, ctx) => {
  try {
    new RegExp(s);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `is not a valid regular expression (${(err as Error).message})` });
  }
});

const EventDatesFileSchema = z.strictObject({
  about: z.string().optional(),
  events: z.record(z.string().min(1), z.array(pattern).min(1)),
  policyYear: z.array(pattern).min(1),
});

export interface EventWords {
  /** Date fact → one pattern of its event words. */
  events: ReadonlyMap<string, RegExp>;
  /** A year that is the policy's own ("政策2021年底结束", "2019—2021"), to be blanked; global. */
  policyYear: RegExp;
}

let cached: EventWords | undefined;

/** The event words, compiled once; a bad file stops start-up naming the file and key. */
export function eventWords(dir: string = DEFAULT_KNOWLEDGE_DIR): EventWords {
  if (cached && dir === DEFAULT_KNOWLEDGE_DIR) return cached;
  const file = readJson(dir, EVENT_DATES, EventDatesFileSchema);
  const words: EventWords = {
    events: new Map(Object.entries(file.events).map(([fact, list]) => [fact, new RegExp(list.join('|'))])),
    policyYear: new RegExp(file.policyYear.join('|'), 'g'),
  };
  if (dir === DEFAULT_KNOWLEDGE_DIR) cached = words;
  return words;
}
