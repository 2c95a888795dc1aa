/** The understanding stage: text → one Parsed message (see pipeline.ts and types.ts). */
export { understand, PIPELINE, type UnderstandOptions } from './pipeline.js';
export { RULE_SCORES } from './scores.js';
export type * from './types.js';
