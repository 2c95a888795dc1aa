/**
 * The project keeps its own copies of what ../shared/ publishes (the policy as published, the
 * example questions), so that a clone on its own runs every test. Where shared/ sits beside the
 * clone, as in CI, the copies are checked against it, so they cannot drift unnoticed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SharedCopy {
  /** The file inside the repository that the tests read. */
  local: string;
  /** The published original beside the repository, or null when shared/ is not there. */
  shared: string | null;
}

function copy(local: string, shared: string): SharedCopy {
  const sharedPath = fileURLToPath(new URL(`../../shared/${shared}`, import.meta.url));
  return {
    local: fileURLToPath(new URL(`../${local}`, import.meta.url)),
    shared: existsSync(sharedPath) ? sharedPath : null,
  };
}

export const PUBLISHED_POLICY = copy('knowledge/published/000_ab00294f051a9612.txt', 'seeds/000_ab00294f051a9612.txt');
export const SHARED_EXAMPLES = copy('test/cases/shared-examples.jsonl', 'examples/questions.jsonl');
export const CONTRACT = copy('docs/contract.md', 'CONTRACT.md');

export const read = (path: string): string => readFileSync(path, 'utf8');
