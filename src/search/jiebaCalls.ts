/**
 * Which nodejieba the segmenter calls: the one on its own thread, or one loaded here; and, while the
 * thread is still loading the whole dictionary, a subset of it (jiebaSubsetThread.ts) that cuts the
 * first questions the same way.
 *
 * The thread (jiebaThread.ts) exists so the dictionaries load while the process's modules do; a
 * call through it pays a cross-thread hand-off of about 40 µs, against about 5 µs for the cut
 * itself, and a turn makes two or three. So only a process that started the thread early
 * (startJiebaEarly: the terminal chat and `ask --jsonl`, where start-up is what a person waits
 * for) keeps using it. Every other process (Slack and WeChat, which load in warmUp() before they
 * serve; the bench; the tests) loads nodejieba in its own thread, once, and calls it directly.
 */
import { createRequire } from 'node:module';
import { closeSubsetJieba, subsetJieba } from './jiebaSubsetThread.js';
import { callJieba, jiebaSettled, jiebaStarted, startJieba, type JiebaFiles } from './jiebaThread.js';

export type JiebaCall = <T>(name: 'cut' | 'cutForSearch' | 'tag' | 'insertWords', ...args: unknown[]) => T;

interface NodeJieba {
  load(files: JiebaFiles): void;
  cut(text: string, hmm?: boolean): string[];
  cutForSearch(text: string, hmm?: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
  insertWord(word: string): boolean;
}

/** Loads nodejieba with `files` (already checked to exist: a missing path aborts the process). */
export function loadJieba(files: JiebaFiles): JiebaCall {
  if (jiebaStarted() || subsetJieba(files)) return threaded(files);
  const nodejieba = createRequire(import.meta.url)('nodejieba') as NodeJieba;
  nodejieba.load(files);
  const here = {
    cut: ([text, hmm]: unknown[]) => nodejieba.cut(text as string, hmm as boolean),
    cutForSearch: ([text, hmm]: unknown[]) => nodejieba.cutForSearch(text as string, hmm as boolean),
    tag: ([text]: unknown[]) => nodejieba.tag(text as string),
    insertWords: ([words]: unknown[]) => (words as string[]).map((w) => nodejieba.insertWord(w)),
  };
  return <T>(name: keyof typeof here, ...args: unknown[]) => here[name](args) as T;
}

/** How long a process that keeps answering stays on the subset after its first answer. */
const WHOLE_AFTER_MS = 250;
/** How many unforeseen texts (a message each, mostly) it cuts with the subset before that. */
const WHOLE_AFTER_GROWN = 2;

/**
 * Calls to the thread startJieba started, or to the subset thread while there is no whole one (a
 * single `ask "…"` never has one) or it is still loading. Inserted words are kept and given to each
 * dictionary before its next cut: to the subset's after every load of it, to the whole one before
 * its first call.
 */
function threaded(files: JiebaFiles): JiebaCall {
  if (jiebaStarted()) startJieba(files);
  const inserted: (readonly string[])[] = [];
  let sent = 0;
  let wholeScheduled = false;
  return <T>(name: Parameters<JiebaCall>[0], ...args: unknown[]): T => {
    if (name === 'insertWords') {
      inserted.push(args[0] as string[]);
      return undefined as T;
    }
    const subset = jiebaSettled() ? undefined : subsetJieba(files);
    if (subset?.prepare(String(args[0]), inserted)) {
      if (subset.whole === 'later' && !jiebaStarted()) {
        // The chat and `ask --jsonl` load the whole dictionary once their first answer is out and
        // they are still running a moment later (not while it is being worked out: on two cores,
        // the load would take one; nor in a process whose input ends after one question), or once
        // messages keep coming unforeseen (a stream read in one go leaves no moment for a timer).
        if (subset.grown >= WHOLE_AFTER_GROWN) startJieba(files);
        else if (!wholeScheduled) {
          wholeScheduled = true;
          setImmediate(() => setTimeout(() => { if (!jiebaStarted()) startJieba(files); }, WHOLE_AFTER_MS).unref());
        }
      }
      return subset.call<T>(name, ...args);
    }
    closeSubsetJieba();
    if (!jiebaStarted()) startJieba(files);
    for (; sent < inserted.length; sent++) callJieba('insertWords', inserted[sent]);
    return callJieba<T>(name, ...args);
  };
}
