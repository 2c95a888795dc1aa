/**
 * A part of the parse worked out on first read, then kept: the facts, the benefits and the candidate
 * intents cost more than the rest of the parse together, and a turn that a certain rule settles (a
 * clause number, a greeting) never reads them. Still computed at most once a turn, like `analysis`.
 * Writing the part (a later component replacing it) keeps what was written.
 */
export function lazily<T extends object, K extends keyof T>(message: T, key: K, work: () => T[K]): void {
  let done = false;
  let value: T[K];
  // Methods, not arrow functions: under tsx (esbuild keepNames) a named arrow is renamed each time it is made.
  Object.defineProperty(message, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (!done) {
        value = work();
        done = true;
      }
      return value;
    },
    set(v: T[K]) {
      value = v;
      done = true;
    },
  });
}
