/**
 * The puppet's errors, from its `error` event and from the process itself. While the bot runs,
 * each is one log line. Once it stops, a puppet keeps failing for a while (wechat4u, offline,
 * retries its login and then throws from a handler whose client is gone): that is expected, so
 * the first one gets one line and the rest are dropped, never a stack trace.
 */
import type { Logger } from './log.js';

export interface ErrorGuard {
  /** One line while running; after `stopping()`, one line for the first and silence after. */
  report(event: string, err: unknown): void;
  stopping(): void;
  /** Not even the one line: the bot has already said why it stops. */
  silence(): void;
  /**
   * Makes this guard the process's only handler of uncaught errors. wechat4u registers one that
   * prints whole errors with their stacks; Node's own would print a stack and end the bot. Call
   * again after a puppet module loads, since it registers its handler on load.
   */
  takeOverProcess(): void;
}

export function createErrorGuard(log: Logger): ErrorGuard {
  let stopped = false;
  let reportedLate = false;
  const report = (event: string, err: unknown): void => {
    if (!stopped) return log.error(event, err);
    if (reportedLate) return;
    reportedLate = true;
    log.error('puppet error after stop (further ones are not logged)', err);
  };
  const uncaught = (err: unknown): void => report('uncaught puppet error', err);
  return {
    report,
    stopping: () => {
      stopped = true;
    },
    silence: () => {
      stopped = true;
      reportedLate = true;
    },
    takeOverProcess() {
      for (const listener of process.listeners('uncaughtException')) {
        if (listener !== uncaught) process.off('uncaughtException', listener);
      }
      for (const listener of process.listeners('unhandledRejection')) {
        if (listener !== uncaught) process.off('unhandledRejection', listener);
      }
      if (!process.listeners('uncaughtException').includes(uncaught)) process.on('uncaughtException', uncaught);
      if (!process.listeners('unhandledRejection').includes(uncaught)) process.on('unhandledRejection', uncaught);
    },
  };
}
