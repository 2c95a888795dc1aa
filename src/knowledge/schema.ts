/** zod schemas for the files under knowledge/. The types the rest of the core uses are inferred here. */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const clauseId = z.string().regex(/^(notice|preamble|sec-\d\.\d|item-\d{1,2})$/, 'a clause id of CONTRACT.md');

export const ClauseSchema = z.strictObject({
  id: clauseId,
  kind: z.enum(['notice', 'preamble', 'section', 'item']),
  number: z.string().nullable(),
  heading: z.string().min(1),
  parent: clauseId.nullable(),
  part: z.number().int().min(1).nullable(),
  text: z.string().min(1),
  /** 牵头单位 */
  lead: z.array(z.string().min(1)),
  /** 责任单位 */
  responsible: z.array(z.string().min(1)),
});

export const PartSchema = z.strictObject({
  part: z.number().int().min(1),
  heading: z.string().min(1),
  text: z.string().min(1),
  before: clauseId,
});

export const ClausesFileSchema = z.strictObject({
  // How many clauses and parts there are is the document's business: the loader checks their
  // numbering (consecutive, ids matching numbers) instead of a count written here.
  clauses: z.array(ClauseSchema).min(1),
  parts: z.array(PartSchema).min(1),
});

export const DocumentSchema = z.strictObject({
  /** 文号 */
  docNumber: z.string().min(1),
  issuer: z.string().min(1),
  title: z.string().min(1),
  /** 主送 */
  recipients: z.string().min(1),
  meeting: z.string().min(1),
  issued: z.strictObject({ date: isoDate, quote: z.string().min(1) }),
  publication: z.string().min(1),
  period: z.strictObject({ from: isoDate, to: isoDate, quote: z.string().min(1), basis: z.string().min(1) }),
});

export const TargetSchema = z.strictObject({
  clause: clauseId,
  /** A goal the city sets itself, or money it budgets: never an entitlement of an applicant. */
  kind: z.enum(['target', 'budget']),
  metric: z.string().min(1),
  quote: z.string().min(1),
  value: z.number().positive(),
  unit: z.string().min(1),
  atLeast: z.boolean(),
  by: z.string().min(1),
});

export const TargetsFileSchema = z.strictObject({ targets: z.array(TargetSchema).min(1) });

export type Clause = z.infer<typeof ClauseSchema>;
export type Part = z.infer<typeof PartSchema>;
export type PolicyDocument = z.infer<typeof DocumentSchema>;
export type Target = z.infer<typeof TargetSchema>;
