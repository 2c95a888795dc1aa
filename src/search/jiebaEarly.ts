/**
 * The start of nodejieba's load, for entry points that will answer messages: imported first thing
 * (this module's imports are few, so the load begins early), it checks the shipped dictionaries
 * and starts loading them on jieba's own thread, then returns at once. The first segmentation waits
 * for what is left of the load, if anything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/dir.js';
import { jiebaDictionaries } from '../knowledge/jiebaDictionaries.js';
import { startSubsetJieba } from './jiebaSubsetThread.js';
import { filesOf, startJieba } from './jiebaThread.js';

/**
 * Only the dictionary words of the clause texts and of `question` (a single `ask "…"`, known at
 * start) are loaded at first (jiebaSubsetThread.ts), when the build made what that needs; a process
 * that will answer more messages (the chat, `ask --jsonl`: no `question`) loads the whole dictionary
 * after its first answer. Without the build's artefacts (sources run through tsx), the whole
 * dictionary at once, as before.
 */
export function startJiebaEarly(question?: string): void {
  const files = filesOf(jiebaDictionaries());
  // The question as the segmenter will see it, near enough: a form it did not foresee (traditional
  // characters made simplified) costs one more small load, never a different cut.
  const texts = question === undefined ? [] : [question, question.normalize('NFKC').toLowerCase()];
  if (startSubsetJieba(files, texts, question === undefined ? 'later' : 'never')) return;
  startJieba(files);
}

/** The clause-number patterns that name an item (第十七条, 17条): see clause-numbers.json. */
const ITEM_PATTERNS = ['itemWithDi', 'itemBare'];

/**
 * Whether a single question (`policy-bot ask "…"`) may need nodejieba, so that its load should
 * start now: every question but one naming an item by number, which the clause-number rule answers
 * without it. A guess about time only, never about the answer: a wrong guess either loads jieba in
 * this thread when first needed (as without an early start) or makes the process wait, before it
 * exits, for a load it did not need (native code cannot be interrupted). The patterns are read raw
 * from knowledge/language/zh/clause-numbers.json, without the schema check and the rest of the
 * language books, which would cost the head start; the real reading checks them.
 */
export function mayNeedJieba(question: string): boolean {
  try {
    const book = JSON.parse(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'language/zh/clause-numbers.json'), 'utf8')) as { patterns: Record<string, { re: string }> };
    const text = question.normalize('NFKC');
    return !ITEM_PATTERNS.some((name) => new RegExp(book.patterns[name]!.re).test(text));
  } catch {
    return true;
  }
}
