import { KnowledgeError } from '../src/knowledge/index.js';

/** The KnowledgeError that `load` throws; fails the test when it throws nothing or something else. */
export function knowledgeError(load: () => unknown): KnowledgeError {
  try {
    load();
  } catch (err) {
    if (err instanceof KnowledgeError) return err;
    throw err;
  }
  throw new Error('expected the knowledge to fail loading');
}
