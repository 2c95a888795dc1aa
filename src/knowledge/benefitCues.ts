/**
 * Loads knowledge/lexicon/benefit-cues.json: the words people use for each benefit, the words that
 * make a message a money question, and those of a broad "有哪些补贴". The dialogue interprets them
 * (src/dialogue/benefits.ts); nothing in code names a subsidy's words.
 *
 * A pattern that is not a regular expression, a group that does not exist or a rule id the rule
 * book lacks stops start-up with one KnowledgeError naming the file and the key.
 */
import { z } from 'zod';
import { KnowledgeError } from './errors.js';
import { DEFAULT_KNOWLEDGE_DIR } from './load.js';
import { displayName, readJson } from './readJson.js';

export const BENEFIT_CUES = 'lexicon/benefit-cues.json';

/** A group reference: "@salary" stands for groups.salary. */
const GROUP_REF = /^@([a-z][a-zA-Z0-9]*)$/;

const pattern = z.string().min(1).superRefine((s, ctx) => {
  try {
    new RegExp(s);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `is not a valid regular expression (${(err as Error).message})` });
  }
});

const alternative = z.strictObject({
  all: z.array(pattern).min(1).optional(),
  any: z.array(pattern).min(1).optional(),
  none: z.array(pattern).min(1).optional(),
  /**
   * The alternative names the benefit by an everyday word many other things share (a start-up alone,
   * a loan alone), not by what sets the benefit apart (a doctorate, a pledge, interest): a message naming it only so may
   * be about another group's or another kind of thing, which the model may say.
   */
  weak: z.boolean().optional(),
}).refine((a) => a.all || a.any, 'needs "all" or "any": "none" alone would name a benefit in every message');

export const BenefitCuesFileSchema = z.strictObject({
  about: z.string().optional(),
  /** Alternatives of the money cue ("补贴", "能拿", …), joined with "|". */
  money: z.array(pattern).min(1),
  /** Alternatives of the broad-question cue ("有哪些补贴"), joined with "|". */
  broad: z.array(pattern).min(1),
  /** Names of subsidies the policy never provides ("稳岗", "租房补贴"), each a pattern. */
  unprovided: z.array(pattern).default([]),
  /** The money word that may follow an unprovided subsidy's subject ("稳岗" + "补贴"), anchored with ^. */
  unprovidedSuffix: pattern.optional(),
  groups: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a group name like "salary"'), pattern).default({}),
  benefits: z.array(z.strictObject({
    /** A rule id of knowledge/rules. */
    rule: z.string().min(1),
    when: z.array(alternative).min(1),
  })).min(1),
});

/** One alternative, compiled: every `all`, some `any` (when there are any), no `none`. */
export interface CueAlternative {
  all: readonly RegExp[];
  any: readonly RegExp[];
  none: readonly RegExp[];
  /** Names the benefit by a word many other things share (see the schema). */
  weak: boolean;
}

export interface BenefitCue {
  rule: string;
  when: readonly CueAlternative[];
}

export interface BenefitCues {
  money: RegExp;
  broad: RegExp;
  /** Matches a subsidy name the policy never provides; null when the file lists none. */
  unprovided: RegExp | null;
  /** Matches the money word right after an unprovided subsidy's subject; null when the file gives none. */
  unprovidedSuffix: RegExp | null;
  /** In the order answers list benefits. */
  benefits: readonly BenefitCue[];
}

/** Reads and checks the cue file; `knownRule` says whether a rule id is in the rule book. */
export function loadBenefitCues(knownRule: (id: string) => boolean, dir: string = DEFAULT_KNOWLEDGE_DIR): BenefitCues {
  const file = displayName(dir, BENEFIT_CUES);
  const data = readJson(dir, BENEFIT_CUES, BenefitCuesFileSchema);
  const groups = new Map(Object.entries(data.groups).map(([name, p]) => [name, new RegExp(p)]));
  const compile = (p: string, key: string): RegExp => {
    const ref = GROUP_REF.exec(p);
    if (!ref) return new RegExp(p);
    const group = groups.get(ref[1]!);
    if (!group) throw new KnowledgeError(file, key, `names group "${ref[1]}", which "groups" does not define`);
    return group;
  };

  const seen = new Set<string>();
  const benefits = data.benefits.map((b, i): BenefitCue => {
    if (!knownRule(b.rule)) throw new KnowledgeError(file, `benefits[${i}].rule`, `"${b.rule}" is not a rule id of knowledge/rules`);
    if (seen.has(b.rule)) throw new KnowledgeError(file, `benefits[${i}].rule`, `"${b.rule}" is listed twice`);
    seen.add(b.rule);
    return {
      rule: b.rule,
      when: b.when.map((alt, j) => {
        const list = (name: 'all' | 'any' | 'none') =>
          (alt[name] ?? []).map((p, k) => compile(p, `benefits[${i}].when[${j}].${name}[${k}]`));
        return { all: list('all'), any: list('any'), none: list('none'), weak: alt.weak === true };
      }),
    };
  });
  // Each alternative compiled alone above, so joining them cannot unbalance a group.
  const unprovided = data.unprovided.length ? new RegExp(data.unprovided.join('|')) : null;
  const unprovidedSuffix = data.unprovidedSuffix ? new RegExp(data.unprovidedSuffix) : null;
  return deepFreeze({ money: new RegExp(data.money.join('|')), broad: new RegExp(data.broad.join('|')), unprovided, unprovidedSuffix, benefits });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof RegExp) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
