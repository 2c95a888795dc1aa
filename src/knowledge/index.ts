/** The process-wide knowledge, loaded on first use and shared: it is read-only. */
import { loadKnowledge, type Knowledge } from './load.js';

export { loadKnowledge, DEFAULT_KNOWLEDGE_DIR, type Knowledge } from './load.js';
export { KnowledgeError } from './errors.js';
export type { Clause, Part, PolicyDocument, Target } from './schema.js';

let shared: Knowledge | undefined;

export function knowledge(): Knowledge {
  shared ??= loadKnowledge();
  return shared;
}
