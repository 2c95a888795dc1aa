/**
 * "有哪些补贴？" with nothing known about the asker: the policy's money benefits, each with its
 * amount as stated and its clause. No `amounts`: nothing is said about what this asker gets.
 */
import { message, sayInline } from '../../answer/messages.js';
import { line } from '../../answer/parts.js';
import { describeAmount, listRules } from '../../calculator/index.js';
import { leadUnitsOf, type Draft } from '../reply.js';

export function answerCatalogue(): Draft {
  const money = listRules().filter((r) => r.amount.kind !== 'inKind' && r.amount.kind !== 'unstated');
  const citations = [...new Set(money.map((r) => r.clause))];
  return {
    lines: [
      line('text', message('catalogueHead')),
      ...money.map((r) => line('text', sayInline('catalogueLine', { title: r.title, amount: describeAmount(r), clause: { clause: r.clause } }))),
      line('text', message('catalogueHint')),
    ],
    citations,
    // One note for the whole list, naming every clause's lead unit (it used to say only 主管部门).
    validity: { lead: leadUnitsOf(citations) },
  };
}
