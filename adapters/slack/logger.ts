/**
 * The one logger the whole Slack bot uses: Bolt, the Web API client and the Socket Mode client
 * all receive it, so every line they write passes through the redactor (redact.ts) first.
 */
import { LogLevel, type Logger } from '@slack/bolt';
import { redactArgs, type Redact } from './redact.js';

const SEVERITY: Record<LogLevel, number> = { [LogLevel.DEBUG]: 0, [LogLevel.INFO]: 1, [LogLevel.WARN]: 2, [LogLevel.ERROR]: 3 };

/** Bolt's console format (`[WARN]  bolt-app …`): debug and info to stdout, warnings and errors to stderr. */
function consoleLogger(level: LogLevel): Logger {
  let current = level;
  let name = 'bolt-app';
  const line = (at: LogLevel, msg: unknown[]) => `[${at.toUpperCase()}]  ${name} ${msg.map(String).join(' ')}\n`;
  return {
    debug: (...msg) => void process.stdout.write(line(LogLevel.DEBUG, msg)),
    info: (...msg) => void process.stdout.write(line(LogLevel.INFO, msg)),
    warn: (...msg) => void process.stderr.write(line(LogLevel.WARN, msg)),
    error: (...msg) => void process.stderr.write(line(LogLevel.ERROR, msg)),
    setLevel: (l) => void (current = l),
    getLevel: () => current,
    setName: (n) => void (name = n),
  };
}

/** Wraps `inner` (a console logger at `level` when absent) so that no secret reaches it. */
export function redactingLogger(redact: Redact, inner?: Logger, level: LogLevel = LogLevel.INFO): Logger {
  const target = inner ?? consoleLogger(level);
  // Formatting is skipped for levels the inner logger would drop anyway (debug lines are many).
  const write = (at: LogLevel, emit: (line: string) => void) => (...msg: unknown[]) => {
    if (SEVERITY[at] < (SEVERITY[target.getLevel()] ?? 0)) return;
    emit(redactArgs(redact, msg));
  };
  return {
    debug: write(LogLevel.DEBUG, (line) => target.debug(line)),
    info: write(LogLevel.INFO, (line) => target.info(line)),
    warn: write(LogLevel.WARN, (line) => target.warn(line)),
    error: write(LogLevel.ERROR, (line) => target.error(line)),
    setLevel: (l) => target.setLevel(l),
    getLevel: () => target.getLevel(),
    setName: (n) => target.setName(n),
  };
}
