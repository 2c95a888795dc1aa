/**
 * Where the conversation log goes and for how long (issue 12): POLICY_LOG, POLICY_LOG_DIR,
 * POLICY_LOG_DAYS (../shared/CONTRACT.md, "Channel settings"). docs/review.md explains them to staff.
 */
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../packageRoot.js';

/** The default folder: data/log at the project's root, whatever the working directory. */
export const DEFAULT_LOG_DIR = join(PACKAGE_ROOT, 'data', 'log', '/');
export const DEFAULT_LOG_DAYS = 180;

export type LogSettings = { enabled: false } | { enabled: true; dir: string; days: number };

export type LogSettingsRead = { ok: true; settings: LogSettings } | { ok: false; error: string };

/** Reads the log's settings; a malformed one is an error naming the variable, never a silent default. */
export function readLogSettings(env: NodeJS.ProcessEnv = process.env): LogSettingsRead {
  const mode = env.POLICY_LOG?.trim().toLowerCase();
  if (mode === 'off') return { ok: true, settings: { enabled: false } };
  if (mode !== undefined && mode !== '' && mode !== 'on') {
    return { ok: false, error: `POLICY_LOG must be "on" or "off", got "${env.POLICY_LOG}"` };
  }
  const rawDays = env.POLICY_LOG_DAYS?.trim();
  let days = DEFAULT_LOG_DAYS;
  if (rawDays) {
    if (!/^\d+$/.test(rawDays) || Number(rawDays) < 1) {
      return { ok: false, error: `POLICY_LOG_DAYS must be a whole number of days (1 or more), got "${env.POLICY_LOG_DAYS}"` };
    }
    days = Number(rawDays);
  }
  const dir = env.POLICY_LOG_DIR?.trim() || DEFAULT_LOG_DIR;
  return { ok: true, settings: { enabled: true, dir, days } };
}
