/**
 * Wording shared by every renderer and by the dialogue: clause names, units, the validity note.
 * Kept in one place, with its words in the message catalogue, so the terminal, Slack and WeChat
 * say the same thing. Money: ./money.ts.
 */
import { message, say } from './messages.js';
import type { ClauseRef } from './parts.js';
import type { Validity } from './types.js';

export { formatAmount, formatYuan } from './money.js';

/** "第17条" for items; "第三部分第2项（heading）" for sections; the notice and preamble by name. */
export function clauseName(id: string, heading?: string): string {
  const item = /^item-(\d+)$/.exec(id);
  if (item) return say('itemName', { n: item[1]! });
  const sec = /^sec-(\d)\.(\d)$/.exec(id);
  if (sec) {
    const part = message('partNumerals')[Number(sec[1]) - 1] ?? sec[1]!;
    return say('sectionName', { part, n: sec[2]! }) + (heading ? say('sectionHeading', { heading }) : '');
  }
  if (id === 'notice') return message('noticeName');
  if (id === 'preamble') return message('preambleName');
  return heading ?? id;
}

/** A clause reference named the way the plain text names it. */
export function refName(ref: ClauseRef): string {
  return clauseName(ref.clause, ref.heading);
}

/** "市科技局" or "市委组织部、市人力资源社会保障局、市科技局". */
export function joinUnits(units: readonly string[]): string {
  return units.join(message('unitSeparator'));
}

/**
 * The short note every substantive answer ends with. The period is data; the note only says
 * whether asOf falls inside it, and sends the reader to the lead unit for what applies now.
 */
export function validityNote(validity: Validity, lead?: readonly string[]): string {
  const span = `${validity.from.slice(0, 4)}—${validity.to.slice(0, 4)}`;
  const whom = lead && lead.length ? joinUnits(lead) : message('validityWhomDefault');
  const values = { span, whom, asOf: validity.asOf, from: validity.from, to: validity.to };
  if (validity.inForce) return say('validityInForce', values);
  if (validity.asOf < validity.from) return say('validityNotYet', values);
  return say('validityEnded', values);
}
