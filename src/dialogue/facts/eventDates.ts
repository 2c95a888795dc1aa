/**
 * Dates of the events that date a claim, as people say them: "2023年买的房", "去年贷的款",
 * "2020年引进的". A date counts for an event when it is said in the same phrase (between commas) as
 * that event's words. Only the event dates no other reader fills are read here: the business start and the
 * recognition have readers of their own.
 */
import type { Profile } from '../../calculator/profile.js';
import { eventWords } from '../../knowledge/eventDates.js';
import { partialDate } from './when.js';

const PHRASE = /[，,。；;！!？?\n]+/;

export function readEventDates(text: string, asOf: string): Partial<Profile> {
  const { events } = eventWords();
  const year = Number(asOf.slice(0, 4));
  const facts: Record<string, string> = {};
  for (const phrase of text.split(PHRASE)) {
    for (const [fact, words] of events) {
      if (facts[fact] !== undefined || !words.test(phrase)) continue;
      const date = partialDate(phrase, year);
      if (date) facts[fact] = date;
    }
  }
  return facts as Partial<Profile>;
}

/** The text without years that belong to the policy itself ("政策2021年底就结束了"): none is the asker's. */
export function withoutPolicyYears(text: string): string {
  return text.replace(eventWords().policyYear, '，');
}
