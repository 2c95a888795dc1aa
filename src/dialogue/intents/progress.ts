/**
 * A conversation that is still deciding says only what changed. The full verdict block (each
 * benefit, its amount, conditions, quote, open points and units) is said when a benefit is first
 * answered and again when the asker's facts decide something; a turn that only answers the
 * question asked gets one line: the facts recorded and the next question
 * ("好的，已记录：您是全日制。还需确认：这是您的首套住房吗？"). Citations, amounts and followUp
 * stay those of the full answer, so the contract's fields do not depend on how short the text is.
 */
import { message, say } from '../../answer/messages.js';
import { formatYuan } from '../../answer/money.js';
import { line } from '../../answer/parts.js';
import { FACTS, sayValue, type FactName } from '../../calculator/index.js';
import type { Facts } from '../facts/types.js';
import type { EntitlementReply } from './entitlement.js';

/** What the verdict lines say: equal keys mean the asker would read the same block again. */
function verdictKey(reply: EntitlementReply): string {
  return JSON.stringify(reply.lines.filter((l) => l.kind === 'verdict').map((l) => [l.benefit, l.status, l.text, l.amounts]));
}

/** The facts this turn set or changed, in the order they are kept. */
export function recordedFacts(before: Facts, after: Facts): [FactName, unknown][] {
  return Object.entries(after).filter(([fact, value]) => fact in FACTS && before[fact] !== value) as [FactName, unknown][];
}

/**
 * The short reply, or null when the full block is due: nothing was recorded, no question is left,
 * or the verdicts differ from those the asker last read (`before`: the same benefits weighed on the
 * facts before this turn).
 */
export function progressReply(before: EntitlementReply, after: EntitlementReply, recorded: readonly [FactName, unknown][]): EntitlementReply | null {
  if (!recorded.length || !after.followUp.length) return null;
  if (verdictKey(before) !== verdictKey(after)) return null;
  const facts = recorded.map(([fact, value]) => sayRecorded(fact, value)).join(message('recordedSeparator'));
  return { ...after, lines: [line('text', say('factsRecorded', { facts, question: after.followUp.join('') }))], validity: null };
}

/** A fact said back as the asker would say it: "您的毕业时间是2019年6月", "您的贷款金额是500万元". */
function sayRecorded(fact: FactName, value: unknown): string {
  const info = FACTS[fact];
  if (info.kind === 'date' && typeof value === 'string') {
    const [year, month, day] = value.split('-').map(Number);
    const date = day ? say('recordedDay', { year: year!, month: month!, day }) : month ? say('recordedMonth', { year: year!, month }) : say('recordedYear', { year: year! });
    return say('factValue', { label: info.label, value: date, unit: '' });
  }
  if (info.kind === 'number' && info.unit === '元' && typeof value === 'number') {
    return say('factValue', { label: info.label, value: formatYuan(value), unit: '' });
  }
  return sayValue(fact, value);
}
