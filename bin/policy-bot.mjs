#!/usr/bin/env node
// The published bin. It runs the compiled command line in dist/ (scripts/build.mjs, run by
// `npm install` through `prepare`, or `npm run build`) in this very process: one Node start-up and
// no TypeScript to transpile, so a clause-number answer costs little more than Node's own start.
//
// dist/ is used only while every file it was built from is as it was then (dist/inputs.json holds
// their mtimes and sizes; some two hundred stat calls, a few milliseconds). Otherwise (sources edited
// since, or no build at all: an install with --ignore-scripts) the sources run through tsx's loader,
// registered here, also in this process: slower to start, never stale. A signal sent to this pid
// reaches the bot itself either way, which stops cleanly and frees its port.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Plain paths: a URL per file costs more than the stat itself.
const root = fileURLToPath(new URL('../', import.meta.url));

function built() {
  let inputs;
  try {
    ({ inputs } = JSON.parse(readFileSync(`${root}dist/inputs.json`, 'utf8')));
  } catch {
    return false;
  }
  for (const [path, [mtimeMs, size]] of Object.entries(inputs)) {
    let s;
    try {
      s = statSync(root + path);
    } catch {
      return false;
    }
    if (s.mtimeMs !== mtimeMs || s.size !== size) return false;
  }
  return true;
}

if (built()) {
  await import('../dist/main.js');
} else {
  // Said only to a person at a terminal: scripts and tests read stderr, and the answers are the same.
  if (process.stderr.isTTY) process.stderr.write('policy-bot: dist/ is missing or older than the sources; running them through tsx (npm run build makes the fast start)\n');
  const { register } = await import('tsx/esm/api');
  // The project's own tsconfig, wherever the command is started from.
  register({ tsconfig: new URL('../tsconfig.json', import.meta.url).pathname });
  await import('../adapters/cli/main.ts');
}
