/**
 * understand(): a message becomes one Parsed, once per turn, before anything is decided. The
 * components run in order, each adding its part to the message (Rasa's NLU pipeline):
 *
 *   text → clauses → cues → mentions → asks → benefits → facts → analysis (lazy) → ranking → intents
 *
 * To add a reading (a trained classifier, an entity extractor), write a Component and list it
 * here; the intents after it read what it adds.
 */
import { analysis } from './components/analysis.js';
import { asks } from './components/asks.js';
import { benefits } from './components/benefits.js';
import { clauses } from './components/clauses.js';
import { cues } from './components/cues.js';
import { intents } from './components/intents.js';
import { mentions } from './components/mentions.js';
import { ranking } from './components/ranking.js';
import { stated } from './components/stated.js';
import { text } from './components/text.js';
import { readLatin } from '../latin/read.js';
import type { Component, Draft, Parsed, UnderstandingContext } from './types.js';

export const PIPELINE: readonly Component[] = Object.freeze([text, clauses, cues, mentions, asks, benefits, stated, analysis, ranking, intents]);

export interface UnderstandOptions {
  /** Told each time the clause index analyses a text (tests count them). */
  onAnalysis?: (text: string) => void;
  pipeline?: readonly Component[];
}

export function understand(raw: unknown, context: UnderstandingContext, options: UnderstandOptions = {}): Parsed {
  // English and pinyin (src/latin) are read into Chinese first; the components then read that.
  const latin = readLatin(raw, context.language);
  const draft: Draft = { raw: latin && !latin.unreadable ? latin.text : raw, onAnalysis: options.onAnalysis, latin };
  for (const component of options.pipeline ?? PIPELINE) component.process(draft, context);
  // The working fields are emptied; the rest is the parse. (Not by spreading: that would read the
  // parts components leave to be worked out on first read, see lazily.ts. Not by delete either:
  // deleting a property turns the object into a dictionary, and every read of the parse after
  // this stage was a slow lookup.) Only the lazy parts' thunks still hold the fact readings.
  draft.raw = undefined;
  draft.readings = undefined;
  draft.onAnalysis = undefined;
  return draft as Parsed;
}
