/**
 * knowledge/topics.json: the topics people ask clauses by (人才, 金融 …), each one of the six 工程
 * sections, and the names people use for the units that lead or share a task. Loaded once; every
 * section must be a section with tasks, every unit one that knowledge/clauses.json names.
 */
import { z } from 'zod';
import { KnowledgeError } from './errors.js';
import { knowledge } from './index.js';
import { DEFAULT_KNOWLEDGE_DIR } from './load.js';
import { displayName, readJson } from './readJson.js';

const word = z.string().min(1);

const TopicSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  /** What the answer calls the topic. */
  name: word,
  /** The 工程 section whose tasks are the topic's clauses. */
  section: word,
  /** What people call the topic in a question. */
  words: z.array(word).min(1),
  /** Words that, in another task's text, say it speaks of the topic too. */
  textWords: z.array(word).min(1),
});

const FileSchema = z.strictObject({
  about: word,
  topics: z.array(TopicSchema).min(1),
  units: z.record(word, z.array(word).min(1)),
});

export type Topic = z.infer<typeof TopicSchema>;

export interface Topics {
  topics: readonly Topic[];
  /** Each unit as the clauses print it, with the names people use, longest names first. */
  unitNames: readonly (readonly [name: string, unit: string])[];
}

export const TOPICS_FILE = 'topics.json';

export function loadTopics(dir: string = DEFAULT_KNOWLEDGE_DIR): Topics {
  const { topics, units } = readJson(dir, TOPICS_FILE, FileSchema);
  const file = displayName(dir, TOPICS_FILE);
  const k = knowledge();
  topics.forEach((t, i) => {
    const s = k.clause(t.section);
    if (s?.kind !== 'section' || !k.clauses.some((c) => c.parent === t.section)) {
      throw new KnowledgeError(file, `topics[${i}].section`, `${t.section} is not a section with numbered tasks`);
    }
  });
  const named = new Set(k.clauses.flatMap((c) => [...c.lead, ...c.responsible]));
  for (const unit of Object.keys(units)) {
    if (!named.has(unit)) throw new KnowledgeError(file, `units.${unit}`, 'is not a unit that knowledge/clauses.json names');
  }
  const unitNames = Object.entries(units)
    .flatMap(([unit, names]) => [unit, ...names].map((n) => [n, unit] as const))
    .sort((a, b) => b[0].length - a[0].length);
  return Object.freeze({ topics: Object.freeze(topics), unitNames: Object.freeze(unitNames) });
}
