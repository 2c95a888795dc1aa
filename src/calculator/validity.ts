/**
 * Whether the policy was in force on a date, and what to tell the asker when it was not. The
 * period is data (knowledge/document.json); outside it the calculator still shows what the policy
 * provided, with this note.
 */
import type { Validity } from '../answer/types.js';
import type { PolicyDocument } from '../knowledge/index.js';

export function validityOn(doc: PolicyDocument, asOf: string): Validity {
  const { from, to } = doc.period;
  return { from, to, inForce: from <= asOf && asOf <= to, asOf };
}

/** null inside the period; otherwise one Chinese sentence naming the lead units to ask. */
export function periodNote(doc: PolicyDocument, v: Validity, lead: readonly string[]): string | null {
  if (v.inForce) return null;
  const ask = lead.length ? `请向牵头单位（${lead.join('、')}）咨询现行政策。` : '请向主管部门咨询现行政策。';
  if (v.asOf < v.from) {
    return `按${v.asOf}计，本意见尚未印发（${doc.issued.quote}印发，执行期${v.from}至${v.to}）；以下是印发后的规定。${ask}`;
  }
  return `本意见执行期为${v.from}至${v.to}，已于${v.to.slice(0, 4)}年底届满；以下是当时的政策规定，${ask}`;
}
