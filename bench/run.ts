/**
 * npm run bench: every benchmark, each in a fresh process so that "time from process start to
 * the first answer" and RSS are measured honestly rather than inherited from a warm process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const suites = ['search.ts', 'respond.ts', 'log.ts', 'slack.ts'];
let failed = 0;
for (const suite of suites) {
  const path = fileURLToPath(new URL(suite, import.meta.url));
  if (!existsSync(path)) continue;
  const { status } = spawnSync(process.execPath, [tsxCli, path, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
