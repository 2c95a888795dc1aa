/**
 * knowledge/open-points.json: points the policy text leaves open that people ask (when is it paid,
 * in how many instalments, do postdocs count…). Loaded once; every quoted passage must occur
 * verbatim in its clause and every benefit id must be a rule, so an answer can only quote the policy.
 */
import { z } from 'zod';
import { KnowledgeError } from './errors.js';
import { knowledge } from './index.js';
import { DEFAULT_KNOWLEDGE_DIR } from './load.js';
import { displayName, readJson } from './readJson.js';

const Passage = z.strictObject({
  clause: z.string().min(1),
  quote: z.string().min(1),
  /** The text (language/zh/open-points.json) that introduces the passage; default `says`. */
  intro: z.string().optional(),
});

const OpenPointSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  /** The point, ending in 文件未写明: said when the benefit has no open question of its own on it. */
  open: z.string().min(1),
  /** Words that pick the benefit's own openQuestion on this point. */
  ruleKeys: z.array(z.string().min(1)).default([]),
  /** A word that, in the benefit's quote, settles the point ("一次性"). */
  settled: z.string().min(1).optional(),
  more: z.array(z.string().min(1)).default([]),
  /** Benefits (rule ids) the point is about when neither the message nor the conversation names one. */
  fallback: z.array(z.string().min(1)),
  /** The point concerns only the `fallback` benefits (postdocs and 第17条), whatever else is named. */
  bound: z.boolean().default(false),
  /** Units to ask when no benefit is in view; the benefits' lead units otherwise. */
  fallbackLead: z.array(z.string().min(1)).default([]),
  also: z.array(Passage).default([]),
  /**
   * Only the lead units can settle it (payment dates, an application's status, where papers go):
   * the answer is logged as a hand-off to the units it names (issue 12).
   */
  handoff: z.boolean().default(false),
});

export type OpenPoint = z.infer<typeof OpenPointSchema>;
export type Passage = z.infer<typeof Passage>;

const FileSchema = z.strictObject({ about: z.string().min(1), funds: Passage, points: z.array(OpenPointSchema).min(1) });

export interface OpenPoints {
  /** Who manages the money: quoted when no benefit (and so no lead unit) is in view. */
  funds: Passage;
  points: readonly OpenPoint[];
}

export const OPEN_POINTS_FILE = 'open-points.json';

/** Loads and checks the file against the clauses and the rules (`isRule`). */
export function loadOpenPoints(isRule: (id: string) => boolean, dir: string = DEFAULT_KNOWLEDGE_DIR): OpenPoints {
  const { funds, points } = readJson(dir, OPEN_POINTS_FILE, FileSchema);
  const file = displayName(dir, OPEN_POINTS_FILE);
  const k = knowledge();
  const verbatim = (a: Passage, at: string) => {
    const text = k.clause(a.clause)?.text;
    if (text === undefined) throw new KnowledgeError(file, `${at}.clause`, `${a.clause} is not a clause`);
    if (!text.includes(a.quote)) throw new KnowledgeError(file, `${at}.quote`, `does not occur verbatim in ${a.clause}`);
  };
  verbatim(funds, 'funds');
  points.forEach((p, i) => {
    p.fallback.forEach((id, j) => {
      if (!isRule(id)) throw new KnowledgeError(file, `points[${i}].fallback[${j}]`, `${id} is not a rule id of knowledge/rules`);
    });
    p.also.forEach((a, j) => verbatim(a, `points[${i}].also[${j}]`));
  });
  if (new Set(points.map((p) => p.id)).size !== points.length) throw new KnowledgeError(file, 'points', 'ids must be unique');
  return Object.freeze({ funds, points: Object.freeze(points) });
}
