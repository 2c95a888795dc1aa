/**
 * Plain-text rendering of an Answer for the terminal: the answer, then the follow-up questions
 * numbered, then the clauses it rests on. The terminal is where staff look clauses up, so each
 * citation also shows its contract id (item-17), the name scripts and other channels use.
 */
import type { Answer } from '../types.js';
import { clauseName } from '../format.js';

export function renderText(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.followUp.length) {
    lines.push('请告诉我：');
    answer.followUp.forEach((q, i) => lines.push(`  ${i + 1}. ${q}`));
  }
  if (answer.citations.length) lines.push(`依据：${answer.citations.map((id) => `${clauseName(id)}（${id}）`).join('、')}`);
  return lines.join('\n');
}
