/**
 * The checks of ../shared/examples/README.md, shared by test/examples.test.ts,
 * test/dialogue.conversations.test.ts and bench/eval.ts.
 */
import { readFileSync } from 'node:fs';
import type { Answer } from '../../src/answer/types.js';

export interface ConversationCase {
  id: string;
  category?: string;
  turns: string[];
  /** The first citation must be one of these. */
  cite?: string[];
  /** Each must be among the amounts' yuan. */
  amounts?: number[];
  /** None may be among them: the asker's facts rule these benefits out. */
  notAmounts?: number[];
  /** No amount at all may be listed: the question is about something the policy sets no money for. */
  noAmounts?: boolean;
  /** For each group, the text holds at least one of its strings. */
  contains?: string[][];
  oos?: boolean;
  /** The language the answer must be written in (issue 14); absent means not checked. */
  language?: 'zh' | 'en';
  /** The date to judge on (default: the runner's). */
  asOf?: string;
  note?: string;
}

export interface CaseResult {
  ok: boolean;
  problems: string[];
  /** True when a benefit the facts rule out, or one not asked about, was granted anyway: the worst failure. */
  wrongGrant: boolean;
}

export function checkCase(c: ConversationCase, answer: Answer): CaseResult {
  const problems: string[] = [];
  const yuan = answer.amounts.map((a) => a.yuan);
  if (c.cite && !c.cite.includes(answer.citations[0] ?? '')) {
    problems.push(`first citation ${answer.citations[0] ?? '(none)'} not in ${c.cite.join('|')}`);
  }
  for (const a of c.amounts ?? []) if (!yuan.includes(a)) problems.push(`amount ${a} missing (got ${yuan.join(',') || 'none'})`);
  const wrong = (c.notAmounts ?? []).filter((a) => yuan.includes(a));
  for (const a of wrong) problems.push(`amount ${a} granted though the facts rule it out`);
  const unasked = c.noAmounts === true && yuan.length > 0;
  if (unasked) problems.push(`amounts ${yuan.join(',')} listed though the policy sets none for what was asked`);
  for (const group of c.contains ?? []) {
    if (!group.some((s) => answer.answer.includes(s))) problems.push(`text lacks any of ${group.join(' | ')}`);
  }
  if (c.oos === true && (!answer.outOfScope || answer.amounts.length || answer.citations.length)) {
    problems.push('expected out of scope with no amounts or citations');
  }
  if (c.oos === false && answer.outOfScope) problems.push('answered as out of scope');
  // An answer without the field is Chinese, the contract's original language.
  if (c.language && (answer.language ?? 'zh') !== c.language) problems.push(`answered in ${answer.language ?? 'zh'}, not ${c.language}`);
  return { ok: problems.length === 0, problems, wrongGrant: wrong.length > 0 || unasked };
}

/** Reads a JSONL case file; a bad line throws naming its line number. */
export function parseCases(text: string, file: string): ConversationCase[] {
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      const c = JSON.parse(line) as ConversationCase;
      if (!c.id || !Array.isArray(c.turns) || !c.turns.length) throw new Error('needs id and turns');
      return [c];
    } catch (err) {
      throw new Error(`${file}:${i + 1}: ${(err as Error).message}`);
    }
  });
}

/** Reads test/cases/NAME, a JSONL case file, with parseCases' line-numbered errors. */
export function readCases(name: string): ConversationCase[] {
  const file = new URL(`./${name}`, import.meta.url);
  return parseCases(readFileSync(file, 'utf8'), file.pathname);
}

/** Cases without their own date are judged inside the policy period, so results do not drift with the calendar. */
export const DEFAULT_CASE_AS_OF = '2021-06-30';

/** Plays a case's turns as one user on a fresh responder and checks the reply to the last turn. */
export function runCase(c: ConversationCase, respond: (user: string, text: string, opts: { asOf: string }) => Answer): CaseResult & { answer: Answer } {
  const asOf = c.asOf ?? DEFAULT_CASE_AS_OF;
  let last: Answer | undefined;
  for (const t of c.turns) last = respond(`case-${c.id}`, t, { asOf });
  return { ...checkCase(c, last!), answer: last! };
}
