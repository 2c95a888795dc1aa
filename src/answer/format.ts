/**
 * Wording shared by every renderer and by the dialogue: money in 万元, clause names, units, the
 * validity note. Kept in one place so the terminal, Slack and WeChat say the same thing.
 */
import type { Validity } from './types.js';

export { formatAmount, formatYuan } from './money.js';

/** "第17条" for items; the heading for the other clause kinds. */
export function clauseName(id: string, heading?: string): string {
  const item = /^item-(\d+)$/.exec(id);
  if (item) return `第${item[1]}条`;
  const sec = /^sec-(\d)\.(\d)$/.exec(id);
  const partNames = ['一', '二', '三'];
  if (sec) return `第${partNames[Number(sec[1]) - 1] ?? sec[1]}部分第${sec[2]}项${heading ? `（${heading}）` : ''}`;
  if (id === 'notice') return '印发通知';
  if (id === 'preamble') return '实施意见导语';
  return heading ?? id;
}

/** "市科技局" or "市委组织部、市人力资源社会保障局、市科技局". */
export function joinUnits(units: readonly string[]): string {
  return units.join('、');
}

/**
 * The short note every substantive answer ends with. The period is data; the note only says
 * whether asOf falls inside it, and sends the reader to the lead unit for what applies now.
 */
export function validityNote(validity: Validity, lead?: readonly string[]): string {
  const span = `${validity.from.slice(0, 4)}—${validity.to.slice(0, 4)}`;
  const whom = lead && lead.length ? joinUnits(lead) : '主管部门';
  if (validity.inForce) return `（本政策实施期${span}，截至${validity.asOf}仍在实施期内；具体以${whom}解释为准。）`;
  if (validity.asOf < validity.from) return `（本政策${validity.from}起实施，${validity.asOf}时尚未施行；请向${whom}咨询。）`;
  return `（本政策实施期为${span}年，已于${validity.to}结束；现行政策请向${whom}咨询。）`;
}
