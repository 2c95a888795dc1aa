/**
 * The language the bot is writing in right now (issue 14): Chinese unless a turn or a renderer of an
 * English answer says otherwise for the span of one call. Every text the bot writes comes from the
 * message catalogue or a language book, which read this to pick the English or the Chinese text, so
 * the code that builds an answer never passes a language around. Answering is synchronous, so one
 * value for the process is enough; inLanguage restores it even when the call throws.
 */
export type Language = 'zh' | 'en';

let current: Language = 'zh';

export function speaking(): Language {
  return current;
}

/** Runs `f` writing in `language` (Chinese when absent), then goes back to what was before. */
export function inLanguage<T>(language: Language | undefined, f: () => T): T {
  const wanted = language ?? 'zh';
  if (wanted === current) return f();
  const before = current;
  current = wanted;
  try {
    return f();
  } finally {
    current = before;
  }
}
