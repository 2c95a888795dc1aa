/**
 * The calculator's output shapes; amounts use the contract's Amount (src/answer/types.ts).
 *
 * Outcomes are data: status, amounts, how the amount was computed, the failing or missing
 * conditions with their reasons, and the trace. The Chinese fields beside them (amountText,
 * message, question, notes, periodNote) are worded from that data in one place, words.ts, out of
 * the message catalogue; nothing else in the calculator writes a sentence.
 */
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

/** Why a fact is still needed: not known at all, or known too roughly to decide. */
export type MissingReason =
  | { kind: 'unknown' }
  /** A year or month where the N-year limit needs the day. */
  | { kind: 'exactDate'; years: number }
  /** A year or month of the event that straddles a boundary of the policy period. */
  | { kind: 'eventExactDate'; precision: 'month' | 'day' };

/** A fact still needed, with the question to ask for it. */
export interface MissingFact {
  fact: FactName;
  question: string;
  reason?: MissingReason;
}

/** Why a condition fails, as data. */
export type FailReason =
  /** The asker's value is not the one required (您的认定级别是国家级; 您不是全日制). */
  | { kind: 'value'; fact: FactName; value: string | number | boolean }
  /** A date outside the policy's years. */
  | { kind: 'outsideYears'; fact: FactName; year: number; from: number; to: number }
  /** The later date of an N-year limit comes before the earlier one. */
  | { kind: 'endsBeforeStart'; fact: FactName; start: string; untilFact: FactName | null; until: string }
  /** More than N whole years between the two dates. */
  | { kind: 'tooLong'; fact: FactName; start: string; untilFact: FactName | null; until: string; years: number; full: number }
  /** The event the claim rests on falls before the period's first year, after its end, or early in its first year. */
  | { kind: 'eventBefore'; fact: FactName; value: string; year: string }
  | { kind: 'eventAfter'; fact: FactName; value: string; to: string }
  | { kind: 'eventEarly'; fact: FactName; value: string; from: string };

/** A condition the asker's facts fail. */
export interface FailedCondition {
  fact: FactName;
  /** What the policy requires, in Chinese (the rule book's words). */
  requires: string;
  reason: FailReason;
  /** The full sentence: "第17条要求毕业5年内创业；您毕业至开始创业已满6年". */
  message: string;
  /** Set when the text leaves the asker's value open (a type its 含 list does not name): said instead of "不能享受". */
  unsettled?: string;
  /** Set when the text states no such requirement at all (注册在外地, 复审): said without "要求". */
  openPoint?: boolean;
}

export type Status = 'eligible' | 'ineligible' | 'undetermined';

/** How an eligible outcome's money was computed, as data. */
export type Computation =
  | { kind: 'fixed'; yuan: number }
  | { kind: 'capped'; yuan: number }
  | { kind: 'perYear'; yuan: number; years?: number; total?: number }
  | { kind: 'share'; yuan: number; of: FactName; input: number; share: string; atLeast: boolean }
  | {
    kind: 'interest'; principal: number; ratePercent: number; sharePercent: number; months: number;
    raw: number; yuan: number; capYuan: number; capped: boolean;
  }
  | { kind: 'inKind' | 'unstated'; benefit: string; years?: number };

/** Where the evaluation date falls against the policy period. */
export type PeriodStatus = 'inForce' | 'notYet' | 'ended';

/** The result of one rule for one profile. Never a silent zero: each status carries its reason. */
export interface Outcome {
  rule: string;
  clause: string;
  title: string;
  beneficiary: 'person' | 'enterprise' | 'team' | 'institution';
  status: Status;
  /** Only when eligible: the money, in whole yuan; a computed total is its own 'once' amount. */
  amounts: Amount[];
  /** Only when eligible: how the amounts were computed. */
  computation?: Computation;
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
  period: PeriodStatus;
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
