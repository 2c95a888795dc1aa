/**
 * An answer made in an English conversation, put in English (src/answer/english.ts) with the
 * Chinese data its glossary keys on: the clauses' headings, the rules' titles, the facts' words.
 */
import { inEnglish, type EnglishSources } from '../answer/english.js';
import type { Answer } from '../answer/types.js';
import { listRules } from '../calculator/index.js';
import { FACTS } from '../calculator/profile.js';
import { knowledge } from '../knowledge/index.js';

let sources: EnglishSources | undefined;

export function englishAnswer(answer: Answer): Answer {
  sources ??= {
    headings: new Map(knowledge().clauses.map((c) => [c.id, c.heading])),
    titles: new Map(listRules().map((r) => [r.id, r.title])),
    facts: new Map(Object.entries(FACTS).map(([name, f]) => [name, f as { label: string; question: string; yes?: string; no?: string; values?: Record<string, string> }])),
  };
  return inEnglish(answer, sources);
}
