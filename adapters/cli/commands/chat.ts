/**
 * policy-bot (no sub-command) / npm start: the terminal chat. Reads standard input line by line,
 * answers each as one conversation, exits 0 at end of input, so `echo 第十七条 | npm start` works.
 * SIGTERM/SIGINT stop it the same way, after the answer in progress.
 */
import { createInterface } from 'node:readline';
import { createResponder, warmUp } from '../../../src/bot.js';
import { renderText } from '../../../src/answer/render/text.js';
import { takeAsOf } from '../asOf.js';
import { abortOnStopSignal } from '../../stopSignal.js';
import { openLog } from '../log.js';
import { patterns } from '../../../src/knowledge/language.js';

const USER = 'terminal';
/** `退出`, `exit`, `quit` alone on a line end the chat (knowledge/language/zh/chat.json). */
const EXIT = patterns('language/zh/chat.json', ['exit']).exit;

export async function run(args: string[]): Promise<number> {
  const { asOf, rest, error } = takeAsOf(args);
  if (error) return fail(error);
  if (rest.length) return fail(`unknown option "${rest[0]}". Usage: policy-bot [--as-of YYYY-MM-DD]`);

  const log = openLog('cli');
  if (typeof log === 'string') return fail(log);
  const stop = abortOnStopSignal();
  const respond = createResponder({ log });
  const interactive = Boolean(process.stdin.isTTY);
  const lines = createInterface({ input: process.stdin, terminal: interactive });
  // Closing ends the loop below when it is waiting for input; lines already read stay unanswered.
  stop.addEventListener('abort', () => lines.close(), { once: true });
  if (interactive) {
    process.stdout.write('盘锦科技创新政策问答（输入“帮助”查看用法，“退出”或 Ctrl+D 结束）\n> ');
    // While a person reads the prompt and types, load the clause index so the first answer is quick.
    // Piped input arrives at once, so there the first question pays only for what it needs.
    setTimeout(warmUp, 0);
  }
  for await (const line of lines) {
    if (stop.aborted) break;
    if (EXIT.test(line)) {
      // The writer may keep standard input open (a person at a terminal): let go of it so the
      // process can end now rather than at end of input.
      process.stdin.destroy();
      break;
    }
    if (!line.trim()) {
      if (interactive) process.stdout.write('> ');
      continue;
    }
    const answer = respond(USER, line, { asOf });
    process.stdout.write(`${renderText(answer)}\n${interactive ? '\n> ' : '\n'}`);
  }
  await log?.close();
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`policy-bot: ${message}\n`);
  return 2;
}
