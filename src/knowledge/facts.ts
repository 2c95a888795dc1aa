/**
 * Loads knowledge/facts.json: the declared facts (OpenFisca's variables), each with its Chinese
 * label, follow-up question, kind, value names and unit. The Profile's types stay in code
 * (src/calculator/profile.ts); this file holds what is said about them, and the loader checks the
 * two agree: one entry per fact, each kind accepted by the fact's schema, each enum value named.
 */
import { z } from 'zod';
import { KnowledgeError } from './errors.js';
import { DEFAULT_KNOWLEDGE_DIR } from './load.js';
import { displayName, readJson } from './readJson.js';

export const FACTS_FILE = 'facts.json';

const text = z.string().min(1);

export const FactInfoSchema = z.strictObject({
  /** The Chinese term. */
  label: text,
  /** The follow-up question when the fact is missing. */
  question: text,
  kind: z.enum(['boolean', 'enum', 'number', 'date']),
  /** Chinese names of enum values. */
  values: z.record(z.string(), text).optional(),
  /** Unit words for numbers: 元, 年, %. */
  unit: text.optional(),
  /** For booleans: how to say the asker's "yes" and "no" back to them. */
  yes: text.optional(),
  no: text.optional(),
});

export const FactsFileSchema = z.strictObject({
  about: z.string().optional(),
  facts: z.record(z.string().regex(/^[a-z][a-zA-Z]*$/, 'a fact name of the Profile'), FactInfoSchema),
});

export type LoadedFactInfo = z.infer<typeof FactInfoSchema>;

/** A value each kind must accept, to check a declared kind against the fact's schema. */
const SAMPLE = { boolean: true, number: 1, date: '2020' } as const;

/**
 * Reads the declared facts; `schemaOf` gives each Profile fact's schema, so a fact missing here, a
 * fact the Profile lacks, a kind the schema rejects or an enum value left unnamed stops start-up.
 */
export function loadFacts(schemaOf: Readonly<Record<string, z.ZodType>>, dir: string = DEFAULT_KNOWLEDGE_DIR): Record<string, LoadedFactInfo> {
  const file = displayName(dir, FACTS_FILE);
  const { facts } = readJson(dir, FACTS_FILE, FactsFileSchema);
  for (const name of Object.keys(schemaOf)) {
    if (!facts[name]) throw new KnowledgeError(file, `facts.${name}`, 'is missing: every fact of the Profile needs a label and a question');
  }
  for (const [name, info] of Object.entries(facts)) {
    const schema = schemaOf[name];
    if (!schema) throw new KnowledgeError(file, `facts.${name}`, 'is not a fact of the Profile');
    if (info.kind === 'enum') {
      if (!info.values) throw new KnowledgeError(file, `facts.${name}.values`, 'an enum fact needs the names of its values');
      for (const value of Object.keys(info.values)) {
        if (!schema.safeParse(value).success) throw new KnowledgeError(file, `facts.${name}.values.${value}`, 'is not a value of the fact');
      }
    } else if (!schema.safeParse(SAMPLE[info.kind]).success) {
      throw new KnowledgeError(file, `facts.${name}.kind`, `"${info.kind}" does not fit the fact's schema`);
    }
    if (info.kind === 'boolean' && (!info.yes || !info.no)) throw new KnowledgeError(file, `facts.${name}`, 'a yes/no fact needs "yes" and "no"');
  }
  return facts;
}
