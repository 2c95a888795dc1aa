/**
 * A correction that rules out every benefit of the topic moves to the benefit of the same clause
 * that the corrected fact points at: "我们团队是重点支持" then "更正，是优先支持" is about the 优先支持
 * tier, and "国家级领军人才薪酬补贴" then "说错了，我是顶尖人才" about the 顶尖人才 salary, not only a
 * note that the old tier no longer applies.
 */
import { evaluate, rule as ruleById, rulesForClause, type Profile } from '../../calculator/index.js';

/**
 * Rules of the topic's clauses, besides the topic's own, that test a fact this message stated and
 * that the topic's rules test too; [] unless every topic rule is now ruled out and some sibling is not.
 */
export function siblingsFor(topic: readonly string[], stated: Partial<Profile>, facts: Partial<Profile>, asOf: string): string[] {
  const own = topic.map((id) => ruleById(id)).filter((r) => r !== undefined);
  if (!own.length || evaluate(facts, { asOf, rules: own.map((r) => r.id) }).some((o) => o.status !== 'ineligible')) return [];
  const tested = new Set(own.flatMap((r) => r.conditions.map((c) => c.fact)).filter((f) => f in stated));
  if (!tested.size) return [];
  const candidates = [...new Set(own.map((r) => r.clause))]
    .flatMap(rulesForClause)
    .filter((r) => !topic.includes(r.id) && r.conditions.some((c) => tested.has(c.fact)))
    .map((r) => r.id);
  if (!candidates.length) return [];
  return evaluate(facts, { asOf, rules: candidates }).filter((o) => o.status !== 'ineligible').map((o) => o.rule);
}
