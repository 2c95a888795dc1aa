import type { AnswerParts } from './parts.js';

/**
 * The one reply shape every channel renders (../shared/CONTRACT.md, "The answer").
 * Field names are public: scripts outside the project read them. Extend, never rename.
 */
export interface Amount {
  /** Whole yuan: 3.6万元 is 36000. */
  yuan: number;
  per: 'once' | 'year';
  /** Set where a per-year amount runs for a fixed number of years. */
  years?: number;
  /** True where the text says 最高 / 不超过. */
  cap?: boolean;
  /** Id of the entitlement rule the amount comes from. */
  entitlement: string;
  /**
   * Set when the asker gets the amount only if the follow-up questions are answered the right way
   * (the outcome is still undetermined). Absent on a grant and on a benefit's own amount given in
   * answer to a general question.
   */
  conditional?: true;
}

export interface Validity {
  from: string;
  to: string;
  inForce: boolean;
  asOf: string;
}

export interface Answer {
  user: string;
  answer: string;
  citations: string[];
  amounts: Amount[];
  outOfScope: boolean;
  followUp: string[];
  validity: Validity;
  /**
   * The answer as structured parts (issue 10), which Slack and WeChat render from; `answer` is
   * their plain-text rendering. Carried beside the contract's fields, not among them: the core
   * sets it as a non-enumerable property (src/dialogue/reply.ts withParts), so it never appears in
   * JSON and a strict reader of the contract sees only the fields the contract names.
   */
  parts?: AnswerParts;
}

/** What every adapter calls; the core's single entry point has this shape. */
export interface RespondOptions {
  /** YYYY-MM-DD; the date eligibility and validity are judged on. Today when absent. */
  asOf?: string;
}

export type Respond = (user: string, text: string, options?: RespondOptions) => Answer;
