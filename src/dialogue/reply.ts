/**
 * Builders for the Answer object, so that every intent produces the contract's fields and
 * out-of-scope replies can never carry citations or amounts by accident.
 */
import type { Amount, Answer, Validity } from '../answer/types.js';

export interface ReplyParts {
  answer: string;
  citations?: string[];
  amounts?: Amount[];
  followUp?: string[];
}

export function reply(user: string, validity: Validity, parts: ReplyParts): Answer {
  return {
    user,
    answer: parts.answer,
    citations: dedupe(parts.citations ?? []),
    amounts: parts.amounts ?? [],
    outOfScope: false,
    followUp: parts.followUp ?? [],
    validity,
  };
}

export function outOfScopeReply(user: string, validity: Validity, answer: string): Answer {
  return { user, answer, citations: [], amounts: [], outOfScope: true, followUp: [], validity };
}

function dedupe(ids: string[]): string[] {
  return [...new Set(ids)];
}
