/**
 * knowledge/company-profile.json: the questions a company is asked, one at a time, to match it to
 * the benefits it may apply for (issue 11, part 5). Loaded once; every benefit must be a rule and
 * every fact a fact of knowledge/facts.json.
 */
import { z } from 'zod';
import { KnowledgeError } from './errors.js';
import { DEFAULT_KNOWLEDGE_DIR } from './load.js';
import { displayName, readJson } from './readJson.js';

const Known = z.strictObject({
  fact: z.string().min(1),
  /** Values of the fact that answer the question yes … */
  yes: z.array(z.union([z.string(), z.boolean(), z.number()])).default([]),
  /** … and no. */
  no: z.array(z.union([z.string(), z.boolean(), z.number()])).default([]),
});

const QuestionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  question: z.string().min(1),
  benefits: z.array(z.string().min(1)).min(1),
  known: z.array(Known).default([]),
});

const FileSchema = z.strictObject({ about: z.string().min(1), questions: z.array(QuestionSchema).min(1) });

export type ProfileQuestion = z.infer<typeof QuestionSchema>;

export const COMPANY_PROFILE_FILE = 'company-profile.json';

export function loadCompanyProfile(
  isRule: (id: string) => boolean, isFact: (name: string) => boolean, dir: string = DEFAULT_KNOWLEDGE_DIR,
): readonly ProfileQuestion[] {
  const { questions } = readJson(dir, COMPANY_PROFILE_FILE, FileSchema);
  const file = displayName(dir, COMPANY_PROFILE_FILE);
  questions.forEach((q, i) => {
    q.benefits.forEach((id, j) => {
      if (!isRule(id)) throw new KnowledgeError(file, `questions[${i}].benefits[${j}]`, `${id} is not a rule id of knowledge/rules`);
    });
    q.known.forEach((k, j) => {
      if (!isFact(k.fact)) throw new KnowledgeError(file, `questions[${i}].known[${j}].fact`, `${k.fact} is not a fact of knowledge/facts.json`);
    });
  });
  if (new Set(questions.map((q) => q.id)).size !== questions.length) throw new KnowledgeError(file, 'questions', 'ids must be unique');
  return Object.freeze(questions);
}
