/**
 * The case table's judge, shared by test/calculator-cases.test.ts and the mutation check in
 * `npm run check`: one case is a profile, a rule, a date and what the policy text says must come
 * out. Expected values are written from the text (test/cases/calculator.jsonl), never from the
 * calculator's own output.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { evaluate } from './evaluate.js';
import { ProfileSchema } from './profile.js';
import type { RuleBook } from './rulebook.js';

const AmountExpect = z.strictObject({
  yuan: z.number().int(), per: z.enum(['once', 'year']), years: z.number().optional(), cap: z.literal(true).optional(),
});

export const CalcCaseSchema = z.strictObject({
  name: z.string().min(1),
  rule: z.string().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  profile: z.record(z.string(), z.unknown()),
  expect: z.strictObject({
    status: z.enum(['eligible', 'ineligible', 'undetermined']),
    amounts: z.array(AmountExpect).optional(),
    /** The first failing condition's fact. */
    failed: z.string().optional(),
    /** Text the first failure's message starts with or contains. */
    message: z.string().optional(),
    /** Exactly these missing facts, in order. */
    missing: z.array(z.string()).optional(),
    inForce: z.boolean().optional(),
    /** Text the outcome's amountText contains. */
    text: z.string().optional(),
    /** The outcome's amountText, exactly. */
    textIs: z.string().optional(),
    /** Whether the first failure is one the text leaves open (said, not counted). */
    unsettled: z.boolean().optional(),
    /** Whether a note about the policy period is given. */
    periodNote: z.boolean().optional(),
  }),
});

export type CalcCase = z.infer<typeof CalcCaseSchema>;

/** Reads a JSONL case table; a bad line throws naming the file and line. */
export function loadCases(path: string): CalcCase[] {
  return readFileSync(path, 'utf8').split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const parsed = CalcCaseSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${path}:${i + 1}: ${z.prettifyError(parsed.error)}`);
    return [parsed.data];
  });
}

/** The differences between what a case expects and what the calculator gives; empty when it passes. */
export function checkCase(c: CalcCase, book?: RuleBook): string[] {
  const profile = ProfileSchema.safeParse(c.profile);
  if (!profile.success) return [`profile is invalid: ${z.prettifyError(profile.error)}`];
  const outcome = evaluate(profile.data, { asOf: c.asOf, rules: [c.rule] }, book)[0]!;
  const e = c.expect;
  const problems: string[] = [];
  const differ = (what: string, want: unknown, got: unknown) => {
    if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`${what}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  differ('status', e.status, outcome.status);
  if (e.amounts) {
    const got = outcome.amounts.map(({ entitlement: _, ...rest }) => sortKeys(rest));
    differ('amounts', e.amounts.map(sortKeys), got);
    if (outcome.amounts.some((a) => a.entitlement !== c.rule)) problems.push('an amount names another entitlement');
  }
  if (e.failed !== undefined) differ('failed', e.failed, outcome.failed[0]?.fact);
  if (e.message !== undefined && !outcome.failed[0]?.message.includes(e.message)) {
    problems.push(`message: want "${e.message}" in "${outcome.failed[0]?.message}"`);
  }
  if (e.unsettled !== undefined) differ('unsettled', e.unsettled, outcome.failed[0]?.unsettled !== undefined);
  if (e.missing) differ('missing', e.missing, outcome.missing.map((m) => m.fact));
  if (e.text !== undefined && !outcome.amountText.includes(e.text)) problems.push(`text: want "${e.text}" in "${outcome.amountText}"`);
  if (e.textIs !== undefined) differ('amountText', e.textIs, outcome.amountText);
  if (e.inForce !== undefined) differ('inForce', e.inForce, outcome.validity.inForce);
  if (e.periodNote !== undefined) differ('periodNote', e.periodNote, outcome.periodNote !== null);
  return problems;
}

function sortKeys<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))) as T;
}
