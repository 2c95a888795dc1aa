/**
 * zod schemas for knowledge/rules/*.json (the entitlements) and knowledge/parameters/*.json (dated
 * figures the policy refers to but does not state, such as the PBoC benchmark lending rate).
 *
 * Every number here is checked against the words of the policy by src/calculator/rulebook.ts; the
 * schema only fixes the shape. Fact names are plain strings here and checked against the Profile
 * catalogue at load time, so the knowledge layer does not depend on the calculator.
 */
import { z } from 'zod';

const clauseId = z.string().regex(/^item-\d{1,2}$/, 'an item clause id such as item-17');
const text = z.string().min(1);
const fact = z.string().min(1);
const positive = z.number().positive();
const yuan = z.number().int('whole yuan').positive();

/** Each condition names one fact; `requires` says in plain Chinese what the policy asks for. */
const conditionBase = {
  fact,
  requires: text,
  /** A verbatim phrase of the clause this condition rests on; the rule's quote when absent. */
  quote: text.optional(),
};

export const ConditionSchema = z.discriminatedUnion('test', [
  /** The fact equals a value (true for a yes/no fact). */
  z.strictObject({ test: z.literal('is'), ...conditionBase, value: z.union([z.string(), z.boolean()]) }),
  /** The fact is one of these values. */
  z.strictObject({
    test: z.literal('oneOf'), ...conditionBase, values: z.array(z.string()).min(1),
    /**
     * Values the list leaves open (国家级技术创新中心: the 含 list of national institutions names four
     * others): not counted, but the answer says the text does not settle them instead of "不能享受".
     */
    unsettled: z.strictObject({ values: z.array(z.string()).min(1), note: text }).optional(),
  }),
  /** A number fact is at least `value` `unit` (3年期以上 → 3 years). */
  z.strictObject({ test: z.literal('atLeast'), ...conditionBase, value: positive, unit: z.literal('years') }),
  /** A date fact lies within `years` before the date fact `until` (the evaluation date when that is unknown). */
  z.strictObject({ test: z.literal('withinYears'), ...conditionBase, years: positive, until: fact }),
  /** A date fact falls in one of the calendar years of the policy period (2019—2021). */
  z.strictObject({
    test: z.literal('inPolicyYears'), ...conditionBase,
    /** A yes/no fact whose "no" settles this condition when the date is unknown ("不是新列入的" without a year). */
    deniedBy: fact.optional(),
  }),
  /**
   * A yes/no fact the text states of every beneficiary ("…的企业"): never asked, since the question
   * itself says it; only the asker's own "no" (我们是高校) rules the benefit out.
   */
  z.strictObject({
    test: z.literal('unlessDenied'), ...conditionBase,
    /**
     * Set when the asker's "no" is a point the text leaves open rather than a failed requirement (a
     * second recognition: is it 新获批? a company registered in another city: does the city's reward
     * reach it?): the note says so, nothing is counted, and `requires` names the point, which the
     * answer never lists as a condition of the policy.
     */
    unsettled: text.optional(),
  }),
  /** An input the amount needs (a principal, an income): known and given. */
  z.strictObject({ test: z.literal('given'), ...conditionBase }),
]);

export const AmountSchema = z.discriminatedUnion('kind', [
  /** A set sum, once. */
  z.strictObject({ kind: z.literal('fixed'), yuan }),
  /** Up to a sum (最高 / 不超过). */
  z.strictObject({ kind: z.literal('capped'), yuan }),
  /** A sum a year, for `years` years when the text says how many. */
  z.strictObject({ kind: z.literal('perYear'), yuan, years: positive.optional() }),
  /** A share of an input fact: `percent` (80%以上) or `ratio` (1:1 matching). */
  z.strictObject({
    kind: z.literal('share'), of: fact,
    percent: positive.optional(), ratio: z.tuple([positive, positive]).optional(),
    bound: z.enum(['exact', 'atLeast']),
  }),
  /**
   * principal × benchmark rate × share × term, capped: the interest subsidy (贴息). `rate` is the
   * loan's own rate (never the basis); `statedBenchmark` a benchmark rate the asker gives, which
   * takes precedence over the dated table `benchmark`.
   */
  z.strictObject({
    kind: z.literal('interest'), principal: fact, term: fact, rate: fact, statedBenchmark: fact,
    benchmark: text, sharePercent: positive, capYuan: yuan,
  }),
  /** A benefit that is not money (a service, space, a post); `years` when the text gives a term. */
  z.strictObject({ kind: z.literal('inKind'), benefit: text, years: positive.optional() }),
  /** Money or support whose size the text does not state. */
  z.strictObject({ kind: z.literal('unstated'), benefit: text }),
]);

export const RuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
  clause: clauseId,
  /** A short Chinese name for tables and answers. */
  title: text,
  beneficiary: z.enum(['person', 'enterprise', 'team', 'institution']),
  /** The sentence of the clause that grants the benefit, verbatim. */
  quote: text,
  conditions: z.array(ConditionSchema),
  /** Conditions the office judges and the calculator cannot (经审核认定), each verbatim from the clause. */
  assessed: z.array(text).default([]),
  amount: AmountSchema,
  /**
   * The date fact of the event that dates a claim (the business start, the home purchase, the
   * recognition, the loan…): the policy period is judged on it, not on the day of the question.
   */
  event: fact.optional(),
  /** 牵头单位, as the clause names them. */
  lead: z.array(text).min(1),
  /** What the text leaves open, said in Chinese; the answer names the lead unit to ask. */
  openQuestions: z.array(text).default([]),
  /** Facts about the benefit worth saying that are not conditions (who pays, what "可用于" means). */
  remarks: z.array(text).default([]),
});

export const RulesFileSchema = z.strictObject({ rules: z.array(RuleSchema).min(1) });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** A rate schedule by term: the first band whose `maxYears` (inclusive) covers the term applies. */
export const RateTableSchema = z.strictObject({
  id: text,
  name: text,
  effectiveFrom: isoDate,
  /** The last day in force, or null while still the published figure. */
  effectiveTo: isoDate.nullable(),
  source: text,
  note: text,
  bands: z.array(z.strictObject({ maxYears: positive.nullable(), percent: positive, label: text })).min(1),
});

export type Condition = z.infer<typeof ConditionSchema>;
export type RuleAmount = z.infer<typeof AmountSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type RateTable = z.infer<typeof RateTableSchema>;
