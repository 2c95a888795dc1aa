/**
 * Which question to ask next, shared by every intent that asks about the asker one question at a
 * time (entitlements; a company's profile). The most decisive first: the fact missing from the most
 * open candidates, since its answer settles or rules out each of them; ties in the order of
 * knowledge/facts.json, which lists facts in the order a person is asked them.
 */
import { FACT_NAMES, type FactName, type MissingFact, type Outcome } from '../../calculator/index.js';

/**
 * Missing facts, the most decisive first: the one that bears on the most open benefits (each answer
 * settles or rules out every benefit it is missing from; "您是全日制博士吗？" serves two), then in
 * the order of knowledge/facts.json, which lists facts in the order questions are asked.
 */
export function followUpFacts(open: readonly Pick<Outcome, 'missing'>[]): MissingFact[] {
  const count = new Map<string, { fact: MissingFact; n: number }>();
  for (const m of open.flatMap((o) => o.missing)) {
    const seen = count.get(m.fact);
    if (seen) seen.n++;
    else count.set(m.fact, { fact: m, n: 1 });
  }
  return [...count.values()].sort((a, b) => b.n - a.n || askOrder(a.fact.fact) - askOrder(b.fact.fact)).map((x) => x.fact);
}

const askOrder = (fact: FactName): number => FACT_NAMES.indexOf(fact);
