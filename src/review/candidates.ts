/**
 * `policy-bot review --candidates FILE`: the unanswered groups as question-bank sections
 * (knowledge/bank's Markdown format) with an empty target for staff to fill in. A filled section
 * moved into a bank file is training data like any other: `npm run train`, and the bot answers it.
 * Examples are written as asked (normalised, numbers masked); a wording the bank already holds is
 * left out, since the bank refuses duplicates.
 */
import { fill } from '../knowledge/language.js';
import type { ReviewReport } from './report.js';
import { reasonWord, REVIEW as W } from './words.js';

/** Markdown comments may not hold "--"; a list line must stay one line. */
const comment = (text: string) => text.replace(/--/g, '—');
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function reviewCandidates(r: ReviewReport, inBank: (text: string) => boolean = () => false): string {
  const header = fill(W.candidatesHeader, { from: r.since ?? '…', to: r.until ?? '…', channel: r.channel ?? W.all });
  const out = [`<!-- ${comment(header)} -->`, ''];
  for (const g of r.unanswered) {
    const examples = g.examples.map(oneLine).filter((e) => e && !e.startsWith('<!--') && !inBank(e));
    if (!examples.length) continue;
    out.push(`<!-- ${comment(fill(W.candidateGroup, { reason: reasonWord(g.reason), count: g.count }))} -->`);
    out.push('## target:');
    for (const e of examples) out.push(`- ${e}`);
    out.push('');
  }
  return `${out.join('\n')}`;
}
