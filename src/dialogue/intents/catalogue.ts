/**
 * "有哪些补贴？" with nothing known about the asker: the policy's money benefits, each with its
 * amount as stated and its clause. No `amounts`: nothing is said about what this asker gets.
 */
import type { Validity } from '../../answer/types.js';
import { clauseName, validityNote } from '../../answer/format.js';
import { describeAmount, listRules } from '../../calculator/index.js';

export function answerCatalogue(validity: Validity): { answer: string; citations: string[] } {
  const money = listRules().filter((r) => r.amount.kind !== 'inKind' && r.amount.kind !== 'unstated');
  const lines = money.map((r) => `· ${r.title}：${describeAmount(r)}（${clauseName(r.clause)}）`);
  return {
    answer: [
      '本政策规定的补贴和奖励有：',
      ...lines,
      '告诉我您的情况（如学历、毕业时间、是否首次在盘锦创业，或企业获得的认定和级别），我来判断您能享受哪些。',
      validityNote(validity),
    ].join('\n'),
    citations: [...new Set(money.map((r) => r.clause))],
  };
}
