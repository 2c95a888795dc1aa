/**
 * Load-time check that a rule speaks only of facts the Profile has, with values of the right kind:
 * a typo in a fact name would otherwise make a condition forever "missing".
 */
import type { KnowledgeError } from '../knowledge/index.js';
import type { Rule } from '../knowledge/rulesSchema.js';
import type { FactInfo, FactName } from './profile.js';

type At = (key: string, detail: string) => KnowledgeError;

export function checkRuleFacts(rule: Rule, facts: Readonly<Record<FactName, FactInfo>>, at: At): void {
  const kindOf = (name: string, key: string, want: FactInfo['kind']): FactInfo => {
    const info = (facts as Record<string, FactInfo | undefined>)[name];
    if (!info) throw at(key, `${name} is not a Profile fact (src/calculator/profile.ts)`);
    if (info.kind !== want) throw at(key, `${name} is a ${info.kind} fact; this needs a ${want} fact`);
    return info;
  };
  const valueFits = (info: FactInfo, value: string | boolean, key: string) => {
    const ok = info.kind === 'boolean' ? typeof value === 'boolean' : typeof value === 'string' && value in (info.values ?? {});
    if (!ok) throw at(key, `${String(value)} is not a value of ${info.label}`);
  };
  rule.conditions.forEach((c, i) => {
    const key = `conditions[${i}]`;
    const info = (facts as Record<string, FactInfo | undefined>)[c.fact];
    if (!info) throw at(`${key}.fact`, `${c.fact} is not a Profile fact (src/calculator/profile.ts)`);
    switch (c.test) {
      case 'is': valueFits(info, c.value, `${key}.value`); break;
      case 'oneOf':
        kindOf(c.fact, `${key}.fact`, 'enum');
        c.values.forEach((v, j) => valueFits(info, v, `${key}.values[${j}]`));
        break;
      case 'atLeast': kindOf(c.fact, `${key}.fact`, 'number'); break;
      case 'withinYears': kindOf(c.fact, `${key}.fact`, 'date'); kindOf(c.until, `${key}.until`, 'date'); break;
      case 'inPolicyYears': kindOf(c.fact, `${key}.fact`, 'date'); break;
      case 'given': break;
      case 'unlessDenied': kindOf(c.fact, `${key}.fact`, 'boolean'); break;
    }
  });
  if (rule.event !== undefined) kindOf(rule.event, 'event', 'date');
  const a = rule.amount;
  if (a.kind === 'share') kindOf(a.of, 'amount.of', 'number');
  if (a.kind === 'interest') {
    kindOf(a.principal, 'amount.principal', 'number');
    kindOf(a.term, 'amount.term', 'number');
    kindOf(a.rate, 'amount.rate', 'number');
  }
}
