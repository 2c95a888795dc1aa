/**
 * The middle band (Rasa's two-stage fallback, first stage): the answer stands, and one line offers
 * the model's next candidates, "您是不是想问：1. …；2. …", whose numbers the next message may use.
 */
import type { Parsed } from '../../understand/index.js';
import type { TurnResult } from '../listeners/types.js';
import { MAX_OPTIONS, offersFor, withSuggestions } from './ask.js';
import { optionFor } from './options.js';

/** The turn with the next candidates offered, when the ranking is in its middle band. */
export function suggestNext(result: TurnResult, p: Parsed): TurnResult {
  const { answer } = result;
  // A refusal, a question back, or follow-up questions (whose answers may be numbers) take no offer;
  // asked before the ranking, so that such a turn never runs the model for an offer it cannot make.
  if (!result.next || answer.outOfScope || answer.clarify || answer.followUp.length) return result;
  const { band, candidates } = p.ranking;
  if (band !== 'middle') return result;
  const answered = answer.citations[0];
  // What the answer is about is not offered again: the clause it cites first, or the top candidate
  // when the answer cites that candidate's clause (its benefit was answered).
  const targets = candidates
    .map((c) => c.target)
    .filter((target, i) => !target.startsWith('oos:') && target !== answered && !(i === 0 && optionFor(target)?.citation === answered));
  return withSuggestions(result, offersFor(targets, p.text, MAX_OPTIONS - 1));
}
