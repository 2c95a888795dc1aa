/**
 * policy-bot review: the staff's report over the conversation log (issue 12, docs/review.md).
 *
 *   policy-bot review [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--channel cli|jsonl|slack|wechat]
 *                     [--json] [--csv FILE] [--html FILE] [--candidates FILE]
 *
 * Reads the day files in POLICY_LOG_DIR (whatever POLICY_LOG says: turning the log off does not
 * hide what it already holds). Without --json it prints a short summary; each FILE option writes
 * that rendering of the same report. A torn or damaged line is skipped and said on standard error.
 */
import { writeFileSync } from 'node:fs';
import { isIsoDate } from '../../../src/bot.js';
import { CHANNELS } from '../../../src/log/record.js';
import { readLog } from '../../../src/log/read.js';
import { readLogSettings, DEFAULT_LOG_DIR } from '../../../src/log/settings.js';
import { computeReview } from '../../../src/review/compute.js';
import type { ReviewReport } from '../../../src/review/report.js';
import { reviewSummary } from '../../../src/review/summary.js';

const USAGE = 'Usage: policy-bot review [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--channel cli|jsonl|slack|wechat] [--json] [--csv FILE] [--html FILE] [--candidates FILE]';

/** The renderings written to a file, each loaded only when asked for. */
const FILE_OUTPUTS: Record<string, (report: ReviewReport) => Promise<string>> = {
  '--csv': async (r) => (await import('../../../src/review/csv.js')).reviewCsv(r),
  '--html': async (r) => (await import('../../../src/review/html.js')).renderReviewHtml(r),
  '--candidates': async (r) => {
    const [{ reviewCandidates }, { bank }] = await Promise.all([import('../../../src/review/candidates.js'), import('../../../src/bank/index.js')]);
    const known = new Set(bank().examples.map((e) => e.text));
    return reviewCandidates(r, (text) => known.has(text));
  },
};
const VALUE_OPTIONS = new Set(['--since', '--until', '--channel', ...Object.keys(FILE_OUTPUTS)]);

interface Args {
  values: Map<string, string>;
  json: boolean;
}

function parseArgs(args: string[]): Args | string {
  const values = new Map<string, string>();
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--json') json = true;
    else if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') return `${name} needs a value`;
      values.set(name, value);
    } else return `unknown argument "${arg}"`;
  }
  for (const name of ['--since', '--until']) {
    const day = values.get(name);
    if (day !== undefined && !isIsoDate(day)) return `${name} must be a date as YYYY-MM-DD, got "${day}"`;
  }
  const since = values.get('--since');
  const until = values.get('--until');
  if (since && until && since > until) return `--since (${since}) is after --until (${until})`;
  const channel = values.get('--channel');
  if (channel !== undefined && !(CHANNELS as readonly string[]).includes(channel)) return `--channel must be one of ${CHANNELS.join(', ')}, got "${channel}"`;
  return { values, json };
}

export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return fail(`${parsed}. ${USAGE}`);
  const settings = readLogSettings({ ...env, POLICY_LOG: 'on' });
  if (!settings.ok) return fail(settings.error);
  const dir = settings.settings.enabled ? settings.settings.dir : DEFAULT_LOG_DIR;
  const { values, json } = parsed;
  const since = values.get('--since');
  const until = values.get('--until');
  const channel = values.get('--channel');
  const { records, skipped } = readLog(dir, { ...(since ? { since } : {}), ...(until ? { until } : {}) });
  if (skipped.length) {
    const where = skipped.slice(0, 5).map((s) => `${s.file}:${s.line}`).join(', ');
    process.stderr.write(`policy-bot review: skipped ${skipped.length} torn or damaged line(s) (${where}${skipped.length > 5 ? ', …' : ''})\n`);
  }
  const report = computeReview(records, {
    ...(since ? { since } : {}), ...(until ? { until } : {}), ...(channel ? { channel } : {}), skippedLines: skipped.length,
  });
  for (const [option, render] of Object.entries(FILE_OUTPUTS)) {
    const file = values.get(option);
    if (file === undefined) continue;
    try {
      writeFileSync(file, await render(report));
    } catch (err) {
      return fail(`${option}: cannot write ${file}: ${(err as Error).message}`, 1);
    }
  }
  process.stdout.write(json ? `${JSON.stringify(report, null, 1)}\n` : reviewSummary(report, dir));
  return 0;
}

function fail(message: string, code = 2): number {
  process.stderr.write(`policy-bot review: ${message}\n`);
  return code;
}
