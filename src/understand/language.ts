/**
 * The few language patterns the understanding stage applies itself, beyond the readers' own
 * (src/dialogue/cues.ts, facts/, benefit cues); the words are data in knowledge/language/zh/understand.json.
 * Nothing else under src/understand or src/dialogue/listeners holds a pattern of words.
 */
import { patterns } from '../knowledge/language.js';

const P = patterns('language/zh/understand.json', [
  'ellipsisShape', 'supposition', 'quantity', 'unitsGlue', 'unitsFiller',
]);

/** Spaces, punctuation and symbols: what a bare reply or a cue word is read without. */
export const NOT_WORDS = /[\s\p{P}\p{S}]/gu;

/** "那硕士呢", "国家级的呢": shaped like an ellipsis on the topic. */
export const ELLIPSIS_SHAPE = P.ellipsisShape;

/** "那如果是二手房呢": a supposition varies the asker's own case, whatever words it uses. */
export const SUPPOSITION = P.supposition;

/** A figure ("三年一共多少") is a detail of the topic, not a subject. */
export const QUANTITY = P.quantity;

/** Glue of a bare units question ("这个找哪个部门办"): what is left after it is its subject, if any. */
export const UNITS_GLUE = P.unitsGlue;

/** Words of a units question naming clauses ("第17条的牵头单位是哪个部门") that say nothing else. */
export const UNITS_FILLER = P.unitsFiller;

/** A message this short (characters besides punctuation) that names a benefit is a question about it. */
export const SHORT_MESSAGE = 8;

/** A message this short leans on the previous turn whatever its words ("省级", "硕士"). */
export const ANAPHORIC_LENGTH = 4;
