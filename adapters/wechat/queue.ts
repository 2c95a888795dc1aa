/**
 * Runs tasks one after another per conversation, so the parts of one answer and the answers to
 * quick successive questions reach the chat in the order the questions came. Different
 * conversations do not wait for each other. Keys are dropped when their queue empties.
 */
export interface KeyedQueue {
  /** Resolves when `task` has run; a failing task does not stop the ones queued after it. */
  run(key: string, task: () => Promise<void>): Promise<void>;
  /** Resolves when every queued task has run (used to stop cleanly). */
  idle(): Promise<void>;
}

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  return {
    run(key, task) {
      const previous = tails.get(key) ?? Promise.resolve();
      const next = previous.then(task).catch(() => undefined);
      tails.set(key, next);
      void next.then(() => {
        if (tails.get(key) === next) tails.delete(key);
      });
      return next;
    },
    async idle() {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
  };
}
