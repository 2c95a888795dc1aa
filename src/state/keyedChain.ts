/**
 * Runs the tasks of one key one after another, in the order they were given, and tasks of
 * different keys side by side. The asynchronous responder uses it so that one process never races
 * itself on a conversation: its messages are answered in arrival order, and the store's version
 * check is left to settle races between processes.
 */
export class KeyedChain {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.#tails.get(key);
    const run = before ? before.then(task, task) : task();
    const tail = run.catch(() => {});
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return run;
  }

  /** Keys with a task under way. */
  get size(): number {
    return this.#tails.size;
  }
}
