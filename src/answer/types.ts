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

/**
 * One thing the question may have meant, offered when the bot cannot tell which (CONTRACT.md,
 * `clarify`): a line a person reads and the clause it is about.
 */
export interface ClarifyOption {
  /** "知识产权质押贷款贴息（第13条）": a benefit's title or a clause's heading, with its number. */
  label: string;
  /** The clause the option is about (item-13). */
  citation: string;
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
   * Present when the bot asks which of a few things was meant instead of guessing: at most 3, best
   * first, listed numbered in `answer`; the next message picks one by number or by its words.
   */
  clarify?: ClarifyOption[];
  /**
   * Names this answer so feedback can point at it (issue 12's log). Optional: set by the core when
   * a log is kept, and absent from answers computed without one.
   */
  id?: string;
  /**
   * The language `answer` is written in (issue 14): "en" for a conversation held in English; absent
   * means Chinese, the contract's default. Verbatim quotes of the policy stay Chinese either way.
   */
  language?: 'zh' | 'en';
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
