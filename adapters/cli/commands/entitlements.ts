/**
 * policy-bot entitlements [--json]: every benefit of the policy, with amount, beneficiary,
 * conditions, clause and lead unit, straight from knowledge/rules/.
 */
import {
  describeAmount, describeBeneficiary, describeConditions, listRules, nominalAmounts,
} from '../../../src/calculator/index.js';

export async function run(args: string[]): Promise<number> {
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length) {
    process.stderr.write(`policy-bot entitlements: unknown option ${unknown[0]}. Usage: policy-bot entitlements [--json]\n`);
    return 2;
  }
  const rows = listRules().map((r) => ({
    id: r.id,
    clause: r.clause,
    title: r.title,
    beneficiary: describeBeneficiary(r),
    amount: describeAmount(r),
    amounts: nominalAmounts(r),
    conditions: describeConditions(r),
    lead: r.lead,
    quote: r.quote,
    openQuestions: r.openQuestions,
  }));
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const lines = rows.flatMap((r) => [
    `第${r.clause.slice('item-'.length)}条  ${r.title}  (${r.id})`,
    `  金额：${r.amount}`,
    `  对象：${r.beneficiary}`,
    `  条件：${r.conditions || '无'}`,
    `  牵头单位：${r.lead.join('、')}`,
    `  原文：${r.quote}`,
    ...r.openQuestions.map((q) => `  未明确：${q}`),
    '',
  ]);
  process.stdout.write(`${lines.join('\n')}共${rows.length}项。\n`);
  return 0;
}
