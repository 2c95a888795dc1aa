/**
 * Turns an eligible rule's amount into contract Amounts and trace steps. Money is whole yuan; where
 * a rate is applied it is applied once, on exact integers, and rounded half up to the yuan at the
 * end (stated in the notes).
 */
import type { Amount } from '../answer/types.js';
import type { RateTable, Rule } from '../knowledge/rulesSchema.js';
import { type FactName, type Profile } from './profile.js';
import type { Computation, TraceStep } from './types.js';
import { computationText, moneyRounding, rateSource, type Note } from './words.js';

export interface Computed {
  amounts: Amount[];
  computation: Computation;
  trace: TraceStep[];
  notes: Note[];
}

/** How money is rounded, stated in every answer that computes a sum (worded in the catalogue). */
export const MONEY_ROUNDING = moneyRounding();

/** The computed benefit in words (words.ts). */
export function computedText(c: Computed): string {
  return computationText(c.computation);
}

/** The benchmark band covering a term: the first whose maxYears (inclusive) is at least the term. */
export function benchmarkFor(table: RateTable, termYears: number): RateTable['bands'][number] {
  return table.bands.find((b) => b.maxYears === null || termYears <= b.maxYears)!;
}

/** Rounds num/den half up, on integers. */
function divideRounded(num: bigint, den: bigint): number {
  return Number((num * 2n + den) / (den * 2n));
}

export function computeAmount(rule: Rule, profile: Profile, rateTable: (id: string) => RateTable | undefined): Computed {
  const a = rule.amount;
  const step = (op: string, inputs: TraceStep['inputs'], value: TraceStep['value'], extra: Partial<TraceStep> = {}): TraceStep =>
    ({ op, inputs, value, clause: rule.clause, quote: rule.quote, ...extra });
  const entitlement = rule.id;

  switch (a.kind) {
    case 'fixed':
      return { amounts: [{ yuan: a.yuan, per: 'once', entitlement }], computation: { kind: 'fixed', yuan: a.yuan }, trace: [step('fixed', {}, a.yuan)], notes: [] };
    case 'capped':
      return {
        amounts: [{ yuan: a.yuan, per: 'once', cap: true, entitlement }], computation: { kind: 'capped', yuan: a.yuan },
        trace: [step('cap', {}, a.yuan)], notes: [],
      };
    case 'perYear': {
      const perYear: Amount = { yuan: a.yuan, per: 'year', entitlement };
      if (a.years === undefined) {
        return { amounts: [perYear], computation: { kind: 'perYear', yuan: a.yuan }, trace: [step('perYear', {}, a.yuan)], notes: [] };
      }
      // 3.6万 × 3 is exact in integers; the total is its own amount, as the contract asks.
      const total = a.yuan * a.years;
      return {
        amounts: [{ ...perYear, years: a.years }, { yuan: total, per: 'once', entitlement }],
        computation: { kind: 'perYear', yuan: a.yuan, years: a.years, total },
        trace: [step('perYear', { years: a.years }, a.yuan), step('multiply', { perYear: a.yuan, years: a.years }, total)],
        notes: [],
      };
    }
    case 'share': {
      const input = profile[a.of as FactName] as number;
      const [num, den] = a.ratio ? [a.ratio[1], a.ratio[0]] : [a.percent!, 100];
      const yuan = divideRounded(BigInt(input) * BigInt(Math.round(num * 1e4)), BigInt(Math.round(den * 1e4)));
      const share = a.ratio ? `${a.ratio[0]}:${a.ratio[1]}` : `${a.percent}%`;
      return {
        amounts: [{ yuan, per: 'once', entitlement }],
        computation: { kind: 'share', yuan, of: a.of as FactName, input, share, atLeast: a.bound === 'atLeast' },
        trace: [step('share', { [a.of]: input, share, bound: a.bound }, yuan)],
        notes: [{ kind: 'moneyRounding' }],
      };
    }
    case 'interest':
      return computeInterest(rule, a, profile, rateTable, step);
    case 'inKind':
    case 'unstated': {
      const years = a.kind === 'inKind' ? a.years : undefined;
      return {
        amounts: [], computation: { kind: a.kind, benefit: a.benefit, ...(years !== undefined ? { years } : {}) },
        trace: [step(a.kind, years ? { years } : {}, a.benefit)], notes: [],
      };
    }
  }
}

type Step = (op: string, inputs: TraceStep['inputs'], value: TraceStep['value'], extra?: Partial<TraceStep>) => TraceStep;

/** principal × rate × share × term, capped; the term is counted in whole months. */
function computeInterest(
  rule: Rule, a: Extract<Rule['amount'], { kind: 'interest' }>, profile: Profile,
  rateTable: (id: string) => RateTable | undefined, step: Step,
): Computed {
  const principal = profile[a.principal as FactName] as number;
  const termYears = profile[a.term as FactName] as number;
  const loanRate = profile[a.rate as FactName] as number | undefined;
  const statedBenchmark = profile[a.statedBenchmark as FactName] as number | undefined;
  const table = rateTable(a.benchmark)!;
  const band = benchmarkFor(table, termYears);
  // The text subsidises 按贷款基准利率50%: the loan's own rate (年利率6%) is never the basis, or a loan
  // priced above the benchmark would be paid more than the policy grants. A benchmark rate the asker
  // states takes precedence over our dated table (issue 3): they may know the rate that applied.
  const rate = statedBenchmark ?? band.percent;
  const months = Math.max(1, Math.round(termYears * 12));
  const notes: Note[] = [{ kind: 'moneyRounding' }];
  const bench = { band: band.label, percent: band.percent, from: table.effectiveFrom };
  if (months !== termYears * 12) notes.push({ kind: 'loanMonths', months });
  if (statedBenchmark === undefined) notes.push({ kind: 'tableBenchmark', ...bench });
  else if (statedBenchmark !== band.percent) notes.push({ kind: 'statedBenchmark', stated: statedBenchmark, ...bench });
  if (loanRate !== undefined && loanRate !== rate) notes.push({ kind: 'loanRateNotBasis', rate: loanRate });

  // rate in millionths of a percent point keeps 4.35 exact: yuan = P × r/100 × share/100 × months/12.
  const rateMicro = BigInt(Math.round(rate * 1e6));
  const raw = divideRounded(
    BigInt(principal) * rateMicro * BigInt(Math.round(a.sharePercent * 1e6)) * BigInt(months),
    100n * 1_000_000n * 100n * 1_000_000n * 12n,
  );
  const yuan = Math.min(raw, a.capYuan);
  const capped = raw > a.capYuan;
  const source = rateSource({ ...(statedBenchmark !== undefined ? { stated: statedBenchmark } : {}), table: table.name, id: table.id, from: table.effectiveFrom, band: band.label, percent: band.percent });
  const trace = [
    step('rate', { termYears }, rate, { source }),
    step('interest', { principal, ratePercent: rate, sharePercent: a.sharePercent, months }, raw),
    step('cap', { computed: raw, cap: a.capYuan }, yuan),
  ];
  return {
    amounts: [{ yuan, per: 'once', ...(capped ? { cap: true } : {}), entitlement: rule.id }],
    computation: { kind: 'interest', principal, ratePercent: rate, sharePercent: a.sharePercent, months, raw, yuan, capYuan: a.capYuan, capped },
    trace,
    notes,
  };
}
