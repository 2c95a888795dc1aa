/**
 * policy-bot ask "问题" [--json] | ask --jsonl: one answer as text or as the Answer JSON, or a
 * stream of {"user","text"} lines answered in order, one Answer line each, flushed as it is written.
 * The stream ends at the end of input or on SIGTERM/SIGINT, with exit 0 either way.
 */
import { createResponder, type Answer } from '../../../src/bot.js';
import { renderText } from '../../../src/answer/render/text.js';
import { takeAsOf } from '../asOf.js';
import { answerJsonLines } from '../jsonl.js';
import { abortOnStopSignal } from '../../stopSignal.js';
import { openLog } from '../log.js';
import { openStateStore, readStoreSettings } from '../../../src/state/index.js';

const USAGE = 'Usage: policy-bot ask "问题" [--json] [--as-of YYYY-MM-DD] | policy-bot ask --jsonl [--as-of YYYY-MM-DD]';

export async function run(args: string[]): Promise<number> {
  const { asOf, rest, error } = takeAsOf(args);
  if (error) return fail(error);
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const words = rest.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].find((f) => f !== '--json' && f !== '--jsonl');
  if (unknown) return fail(`unknown option "${unknown}". ${USAGE}`);

  if (flags.has('--jsonl')) {
    if (words.length) return fail(`--jsonl reads questions from standard input, not arguments. ${USAGE}`);
    const storeSettings = readStoreSettings();
    if (!storeSettings.ok) return fail(storeSettings.error);
    if (storeSettings.settings.kind === 'redis') return jsonlOnSharedStore(asOf);
    const log = openLog('jsonl');
    if (typeof log === 'string') return fail(log);
    // SIGTERM/SIGINT: stop reading, finish the answer being written, exit 0.
    const stop = abortOnStopSignal();
    await answerJsonLines(process.stdin, process.stdout, createResponder({ log }), asOf, stop);
    await log?.close();
    return 0;
  }
  const question = words.join(' ');
  if (!question.trim()) return fail(`no question given. ${USAGE}`);
  const log = openLog('cli');
  if (typeof log === 'string') return fail(log);
  const answer: Answer = createResponder({ log })('cli', question, { asOf });
  await log?.close();
  process.stdout.write(flags.has('--json') ? `${JSON.stringify(answer)}\n` : `${renderText(answer)}\n`);
  return 0;
}

/** `ask --jsonl` with REDIS_URL: the conversations' sessions and log live in Redis, shared with the bots. */
async function jsonlOnSharedStore(asOf: string | undefined): Promise<number> {
  const [store, { createSharedResponder }] = await Promise.all([
    openStateStore(process.env, { warn: (line) => process.stderr.write(`${line}\n`) }),
    import('../../../src/state/respond.js'),
  ]);
  const log = openLog('jsonl', (local, days) => store.logSink(local, days));
  if (typeof log === 'string') {
    await store.close();
    return fail(log);
  }
  const stop = abortOnStopSignal();
  try {
    await answerJsonLines(process.stdin, process.stdout, createSharedResponder({ store, log }), asOf, stop);
  } finally {
    await log?.close();
    await store.close();
  }
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`policy-bot ask: ${message}\n`);
  return 2;
}
