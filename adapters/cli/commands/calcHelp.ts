/**
 * `policy-bot calc --help`: how to call it and the profile format. The list of facts is made from
 * the catalogue (knowledge/facts.json, checked against src/calculator/profile.ts at load), so it
 * names every fact the calculator reads and never one it does not. docs/calc.md says the same at
 * more length.
 */
import { FACTS, FACT_NAMES, type FactInfo } from '../../../src/calculator/index.js';

export const CALC_USAGE = "Usage: policy-bot calc --json '<profile>' [--as-of YYYY-MM-DD] [--rules id,id] [--raw]";

/** An asker who is a full-time doctor, graduated in June 2020, who began a business in Panjin in March 2021. */
const EXAMPLE = `policy-bot calc --as-of 2021-06-30 --json '{"degree":"doctorate","fullTime":true,"graduationDate":"2020-06","firstBusinessInPanjin":true,"businessStartDate":"2021-03"}'`;

const KIND: Record<FactInfo['kind'], (f: FactInfo) => string> = {
  boolean: () => 'true | false',
  date: () => '"YYYY" | "YYYY-MM" | "YYYY-MM-DD"',
  number: (f) => `number${f.unit ? ` (${f.unit})` : ''}`,
  enum: (f) => Object.keys(f.values ?? {}).map((v) => `"${v}"`).join(' | '),
};

export function calcHelp(): string {
  const width = Math.max(...FACT_NAMES.map((n) => n.length));
  const facts = FACT_NAMES.map((name) => {
    const f = FACTS[name];
    return `  ${name.padEnd(width)}  ${f.label}: ${KIND[f.kind](f)}`;
  });
  return [
    CALC_USAGE,
    '',
    'Evaluates a profile of facts against every benefit rule of the policy and prints each outcome',
    '(符合 eligible / 待确认 undetermined / 不符合 ineligible) with its clause, amount, the quoted text',
    'each step rests on, and the questions still open.',
    '',
    'Options:',
    "  --json '<profile>'     the profile, a JSON object (required)",
    '  --as-of YYYY-MM-DD     the date eligibility and the policy period are judged on (default: today in China, or POLICY_AS_OF)',
    '  --rules id,id          only these rules (their ids: policy-bot entitlements)',
    '  --raw                  print the outcomes as JSON instead of text',
    '  --help                 this text',
    '',
    'The profile: every fact is optional. A fact left out is unknown, never "no": the rules that need',
    'it come out 待确认 with the question to ask. Unknown keys and wrong types are refused. Money is',
    'whole yuan; dates may be partial ("2020" stands for every day of 2020, and a condition is settled',
    'only when all those days agree).',
    '',
    ...facts,
    '',
    'Example:',
    `  ${EXAMPLE}`,
    '',
    'More: docs/calc.md',
    '',
  ].join('\n');
}
