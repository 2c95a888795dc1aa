/**
 * Resolves on the first SIGINT or SIGTERM, and keeps its handlers afterwards so that a repeat of
 * the signal during shutdown is ignored rather than killing the process half-way. Repeats are
 * common: systemd and a terminal signal the whole process group, and tsx also relays the signal
 * to its child, so the bot receives it twice within milliseconds.
 */
export function firstStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let first: NodeJS.Signals | undefined;
    const stop = (signal: NodeJS.Signals): void => {
      if (first) return;
      first = signal;
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Aborted on the first SIGINT or SIGTERM, for work that stops through an AbortSignal. */
export function abortOnStopSignal(): AbortSignal {
  const controller = new AbortController();
  void firstStopSignal().then((signal) => controller.abort(signal));
  return controller.signal;
}
