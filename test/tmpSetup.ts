/**
 * vitest globalSetup: every temporary folder a test makes (mkdtempSync(tmpdir()), the bins and
 * browsers it starts) goes under one folder of this run, removed when the run ends. Without it
 * each run left a few hundred folders in /tmp (4,900 after two days on the team machine).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const run = mkdtempSync(join(tmpdir(), 'policy-bot-test-'));
  // Workers are forked after global setup, so they and everything they spawn inherit it;
  // os.tmpdir() reads TMPDIR on every call.
  process.env.TMPDIR = run;
  return () => rmSync(run, { recursive: true, force: true });
}
