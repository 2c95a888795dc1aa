/**
 * The project's root folder (where package.json, knowledge/ and data/ sit), found from this module's
 * own place. Not a fixed '../../' from import.meta.url: the same code runs from src/ (tests, tsx) and
 * from the compiled bundle in dist/ (the bin), which sit at different depths. Two or three
 * existsSync calls at start-up.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`policy-bot: no package.json above ${from}`);
  }
}

export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
