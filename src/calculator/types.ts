/** The calculator's output shapes; amounts use the contract's Amount (src/answer/types.ts). */
import type { Amount, Validity } from '../answer/types.js';
import type { FactName } from './profile.js';

/** One step of a computation or check, with the words of the policy it rests on. */
export interface TraceStep {
  /** What was done: 'condition', 'fixed', 'cap', 'perYear', 'multiply', 'share', 'rate', 'interest'. */
  op: string;
  inputs: Record<string, string | number | boolean>;
  value: string | number | boolean;
  clause: string;
  /** Verbatim from the clause. */
  quote: string;
  /** Where a figure outside the policy came from (the PBoC rate table, or the user). */
  source?: string;
}

/** A fact still needed, with the question to ask for it. */
export interface MissingFact {
  fact: FactName;
  question: string;
}

/** A condition the asker's facts fail. */
export interface FailedCondition {
  fact: FactName;
  /** What the policy requires, in Chinese. */
  requires: string;
  /** The full sentence: "第17条要求毕业5年内创业；您毕业至开始创业已满6年". */
  message: string;
  /** Set when the text leaves the asker's value open (a type its 含 list does not name): said instead of "不能享受". */
  unsettled?: string;
}

export type Status = 'eligible' | 'ineligible' | 'undetermined';

/** The result of one rule for one profile. Never a silent zero: each status carries its reason. */
export interface Outcome {
  rule: string;
  clause: string;
  title: string;
  beneficiary: 'person' | 'enterprise' | 'team' | 'institution';
  status: Status;
  /** Only when eligible: the money, in whole yuan; a computed total is its own 'once' amount. */
  amounts: Amount[];
  /** The benefit in Chinese: computed for eligible outcomes, the general terms otherwise. */
  amountText: string;
  /** For in-kind or unstated benefits: what is given (全程代办服务, 基金入股支持). */
  benefit?: string;
  /** Only when ineligible: every failing condition; the first is the one to say. */
  failed: FailedCondition[];
  /** Only when undetermined: the facts to ask for. */
  missing: MissingFact[];
  trace: TraceStep[];
  /** Conditions only the office can judge (经审核认定, 对我市产业有重大促进作用). */
  assessed: string[];
  /** What the text leaves open; answer that the text does not settle it and name `lead`. */
  openQuestions: string[];
  /** Assumptions made and rounding applied, in Chinese. */
  notes: string[];
  quote: string;
  /** 牵头单位 */
  lead: string[];
  validity: Validity;
  /** Set when asOf is outside the policy period: what to tell the asker about it. */
  periodNote: string | null;
}

/** Options of evaluate(). */
export interface EvaluateOptions {
  /** YYYY-MM-DD; today (China time) when absent. */
  asOf?: string;
  /** Only these rule ids; all rules when absent. */
  rules?: readonly string[];
}
