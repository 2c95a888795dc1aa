/**
 * npm run bench: every benchmark, each in a fresh process so that "time from process start to
 * the first answer" and RSS are measured honestly rather than inherited from a warm process.
 * The bin's compiled form (dist/) is rebuilt first, so the start-up figures are those of the code
 * as it is now, never of an older build or of the tsx fallback.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
// slackRedis.ts says itself that it was skipped when redis-server is not installed.
const suites = ['startup.ts', 'search.ts', 'respond.ts', 'log.ts', 'slack.ts', 'slackRedis.ts'];
const build = spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url))], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
let failed = 0;
for (const suite of suites) {
  const path = fileURLToPath(new URL(suite, import.meta.url));
  if (!existsSync(path)) continue;
  const { status } = spawnSync(process.execPath, [tsxCli, path, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
