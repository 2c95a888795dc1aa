/**
 * Builds knowledge/clauses.json from knowledge/policy.txt.
 *
 * The clause tree is derived, not typed in, so that it cannot drift from the published text:
 * every clause keeps its exact slice of the source (newlines included), and test/knowledge.test.ts
 * proves that the slices, in order, give the source back byte for byte.
 *
 *   npx tsx scripts/build-clauses.ts          # rewrite knowledge/clauses.json
 *   npx tsx scripts/build-clauses.ts --check  # exit 1 if the committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildClauseTree } from '../src/knowledge/clauseTree.js';

const root = new URL('..', import.meta.url);
const source = readFileSync(new URL('knowledge/policy.txt', root), 'utf8');
const out = fileURLToPath(new URL('knowledge/clauses.json', root));
const json = JSON.stringify(buildClauseTree(source), null, 2) + '\n';

if (process.argv.includes('--check')) {
  const stale = readFileSync(out, 'utf8') !== json;
  console.log(stale ? 'knowledge/clauses.json is stale: run npx tsx scripts/build-clauses.ts' : 'clauses.json is current');
  process.exit(stale ? 1 : 0);
}
writeFileSync(out, json);
console.log(`wrote ${out}`);
