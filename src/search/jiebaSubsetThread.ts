/**
 * The first answers' nodejieba: a thread that loads only the dictionary words of the texts it is
 * asked to cut (jiebaSubset.ts says why that cuts as the whole dictionary does), some tens of
 * milliseconds where the whole dictionary takes about a second of CPU.
 *
 * `policy-bot ask "…"` cuts its question and the clause texts, and nothing else, so it never loads
 * the whole dictionary. `ask --jsonl` and the chat start here too, and load the whole dictionary on
 * another thread once their first answer is out; the messages that come before it is ready are cut
 * here (jiebaCalls.ts routes the calls).
 *
 * What it needs is made by the build, beside the compiled chunks (scripts/prebuilt.ts):
 * the dictionary sorted for lookups, its four numbers, and the words of the clause texts the
 * index cuts at start. Where they are missing (sources run through tsx) or were made from another
 * dictionary than the one on disk, none of this is used.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/dir.js';
import { SortedDictionary, subsetDictionary, subsetMayCut, type DictionaryStats } from './jiebaSubset.js';
import { openJiebaThread, type JiebaCallName, type JiebaFiles, type JiebaThread } from './jiebaThread.js';

/** What the build writes beside the chunks, as SUBSET_FILE (with the sorted dictionary as SORTED_FILE). */
export interface SubsetArtefact {
  /** The main dictionary it was made from: its path under knowledge/, its size and mtime then. */
  dictionary: { path: string; size: number; mtimeMs: number };
  stats: DictionaryStats;
  /** The clause texts the index cuts at start-up, one a line: `lines` holds every word in them. */
  corpus: string;
  /** Lines (`word freq tag`) of the dictionary words that occur in `corpus`. */
  lines: string[];
}

export const SUBSET_FILE = 'jieba-subset.json';
export const SORTED_FILE = 'jieba.sorted.utf8';

/** The build's artefacts in `dir` (dist/ when running the bundle), when they fit `files`' dictionary. */
export function readSubsetArtefacts(files: JiebaFiles, dir: string): { artefact: SubsetArtefact; dictionary: SortedDictionary } | undefined {
  let artefact: SubsetArtefact;
  try {
    artefact = JSON.parse(readFileSync(join(dir, SUBSET_FILE), 'utf8')) as SubsetArtefact;
  } catch {
    return undefined;
  }
  const { path, size, mtimeMs } = artefact.dictionary;
  if (join(DEFAULT_KNOWLEDGE_DIR, path) !== files.dict) return undefined;
  try {
    const s = statSync(files.dict);
    if (s.size !== size || s.mtimeMs !== mtimeMs) return undefined;
    return { artefact, dictionary: new SortedDictionary(readFileSync(join(dir, SORTED_FILE), 'utf8'), artefact.stats) };
  } catch {
    return undefined;
  }
}

let written = 0;
const temporaryFiles = new Set<string>();

/** A subset dictionary file for one load; the thread removes it once read (and this process at exit). */
function writeSubset(lines: Iterable<string>, stats: DictionaryStats): string {
  const path = join(tmpdir(), `policy-bot-jieba-${process.pid}-${written++}.utf8`);
  if (!temporaryFiles.size) process.once('exit', () => temporaryFiles.forEach((f) => rmSync(f, { force: true })));
  temporaryFiles.add(path);
  writeFileSync(path, subsetDictionary([...lines], stats));
  return path;
}

/** nodejieba on a thread of its own, loaded with the words of the texts it has been given. */
export class SubsetJieba {
  private readonly lines: Set<string>;
  /** Texts all of whose dictionary words are in `lines`: any text inside one of them is covered. */
  private readonly covered: string[];
  private readonly thread: JiebaThread;
  /** How many of the caller's inserted word lists the loaded dictionary has. */
  private inserted = 0;
  /** How many times it grew for a text it did not foresee. */
  grown = 0;

  /**
   * @param whole 'later': the process will answer more messages, so the whole dictionary is to be
   *   loaded once the first answer is out (jiebaCalls.ts); 'never': a single question.
   */
  constructor(
    readonly files: JiebaFiles,
    private readonly artefact: SubsetArtefact,
    private readonly dictionary: SortedDictionary,
    texts: readonly string[],
    readonly whole: 'later' | 'never' = 'never',
  ) {
    this.lines = new Set(artefact.lines);
    this.covered = [artefact.corpus];
    for (const text of texts) if (subsetMayCut(text)) this.add(text);
    this.thread = openJiebaThread(this.filesNow(), true);
  }

  private add(text: string): void {
    for (const line of this.dictionary.linesIn(text)) this.lines.add(line);
    this.covered.push(text);
  }

  private filesNow(): JiebaFiles {
    return { ...this.files, dict: writeSubset(this.lines, this.artefact.stats) };
  }

  private covers(text: string): boolean {
    if (this.covered.some((c) => c.includes(text))) return true;
    if (!this.dictionary.linesIn(text).every((line) => this.lines.has(line))) return false;
    this.covered.push(text);
    return true;
  }

  /**
   * Makes the loaded dictionary hold every word of `text` (loading a larger subset when it does not
   * yet) and the words inserted so far; false when `text` cannot be cut with a subset.
   */
  prepare(text: string, inserted: readonly (readonly string[])[]): boolean {
    if (!subsetMayCut(text)) return false;
    if (!this.covers(text)) {
      this.add(text);
      this.grown++;
      this.thread.call('load', this.filesNow());
      this.inserted = 0;
    }
    for (; this.inserted < inserted.length; this.inserted++) this.thread.call('insertWords', inserted[this.inserted]);
    return true;
  }

  call<T>(name: Exclude<JiebaCallName, 'load' | 'insertWords'>, ...args: unknown[]): T {
    return this.thread.call<T>(name, ...args);
  }

  close(): void {
    this.thread.close();
  }
}

let subset: SubsetJieba | undefined;

/** The built artefacts sit beside this module once bundled (dist/); from src/ there are none. */
const HERE = fileURLToPath(new URL('.', import.meta.url));

/**
 * Starts a subset thread for `texts` (the question, when it is known at start), unless one is
 * already running; undefined when the build's artefacts are missing or do not fit `files`.
 */
export function startSubsetJieba(files: JiebaFiles, texts: readonly string[], whole: 'later' | 'never', dir: string = HERE): SubsetJieba | undefined {
  if (subset) return JSON.stringify(subset.files) === JSON.stringify(files) ? subset : undefined;
  const found = readSubsetArtefacts(files, dir);
  if (!found) return undefined;
  subset = new SubsetJieba(files, found.artefact, found.dictionary, texts, whole);
  return subset;
}

/** The running subset thread, if any and if loaded from `files` (with its own main dictionary). */
export function subsetJieba(files?: JiebaFiles): SubsetJieba | undefined {
  return !files || JSON.stringify(subset?.files) === JSON.stringify(files) ? subset : undefined;
}

/** Ends the subset thread: the whole dictionary has taken over. */
export function closeSubsetJieba(): void {
  subset?.close();
  subset = undefined;
}
