/**
 * A bank example read the way a live message is: through the understanding pipeline up to the
 * clause analysis (not the ranking, which is what is being trained), with no conversation behind it.
 */
import { PIPELINE, understand, type UnderstandingContext } from '../understand/index.js';
import { featuresOf, type Features } from './features.js';

// The fact readers ('stated') add nothing the features read, and cost most of a parse: training skips them.
const BEFORE_RANKING = PIPELINE.slice(0, PIPELINE.findIndex((c) => c.name === 'ranking')).filter((c) => c.name !== 'stated');
/** Bank examples stand alone: no topic, nothing pending, judged inside the policy period. */
const ALONE: UnderstandingContext = { asOf: '2021-06-30', topic: null, pending: [] };

export function featuresOfText(text: string): Features {
  return featuresOf(understand(text, ALONE, { pipeline: BEFORE_RANKING }));
}
