/**
 * Asking instead of guessing (Rasa's two-stage fallback): the clarify answer, listing up to three
 * options numbered, and the one line "您是不是想问：…" added to an answer the bot was only fairly
 * sure of. Either way the session remembers the options, so the next message may pick one by its
 * number or its words (pick.ts).
 */
import { line } from '../../answer/parts.js';
import type { ClarifyOption } from '../../answer/types.js';
import { fill } from '../../knowledge/language.js';
import { withParts } from '../reply.js';
import { partsText } from '../../answer/render/text.js';
import { answered, say } from '../listeners/say.js';
import type { TurnContext, TurnResult } from '../listeners/types.js';
import type { Offer } from '../session.js';
import { optionFor, T } from './options.js';

/** At most this many options (CONTRACT.md). */
export const MAX_OPTIONS = 3;

/** The targets that can be offered, each once, best first, as offers for the message `question`. */
export function offersFor(targets: readonly string[], question: string, limit = MAX_OPTIONS): Offer[] {
  const offers: Offer[] = [];
  for (const target of targets) {
    if (offers.length >= limit) break;
    const option = optionFor(target);
    // A benefit and its clause, or two benefits of one clause, read alike in a list: the first stays.
    if (!option || offers.some((o) => o.target === target || o.label === option.label)) continue;
    offers.push({ target, ...option, question });
  }
  return offers;
}

const asOption = (o: Offer): ClarifyOption => ({ label: o.label, citation: o.citation });

/**
 * The clarify answer: the question, the options numbered, and a hint that none of them is fine
 * too. No amounts, nothing cited (nothing is answered yet), not out of scope. The facts the
 * message stated are kept.
 */
export function clarifyReply(offers: Offer[], t: TurnContext): TurnResult {
  const lines = [
    line('text', T.ask),
    ...offers.map((o, i) => line('option', fill(T.option, { n: i + 1, label: o.label }), { option: i + 1 })),
    line('text', T.hint),
  ];
  const answer = say(t, { lines, citations: [], clarify: offers.map(asOption) });
  // The questions still open stay open: an answer to one of them is taken after the options too.
  return answered(t, answer, { facts: t.facts, pending: t.session.pending, offer: offers });
}

/** The answered turn with "您是不是想问：1. …；2. …" as its last line, and those options remembered. */
export function withSuggestions(result: TurnResult, offers: Offer[]): TurnResult {
  if (!offers.length || !result.next) return result;
  const { answer } = result;
  const options = offers.map((o, i) => fill(T.suggestOption, { n: i + 1, label: o.label })).join(T.suggestSeparator);
  const parts = answer.parts ?? { lines: [line('text', answer.answer)], citations: [], validity: null };
  const next = { ...parts, lines: [...parts.lines, line('text', fill(T.suggest, { options }))] };
  return {
    answer: withParts({ ...answer, answer: partsText(next, answer.validity) }, next),
    next: { ...result.next, offer: offers },
  };
}
