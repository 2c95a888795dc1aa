/**
 * Turns an eligible rule's amount into contract Amounts and trace steps. Money is whole yuan; where
 * a rate is applied it is applied once, on exact integers, and rounded half up to the yuan at the
 * end (stated in the notes).
 */
import type { Amount } from '../answer/types.js';
import type { RateTable, Rule } from '../knowledge/rulesSchema.js';
import { formatYuan } from '../answer/money.js';
import { FACTS, type FactName, type Profile } from './profile.js';
import type { TraceStep } from './types.js';

export interface Computed {
  amounts: Amount[];
  trace: TraceStep[];
  text: string;
  notes: string[];
}

export const MONEY_ROUNDING = '金额按整数元计算，比率只在最后一步使用一次，结果四舍五入到元。';

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
      return { amounts: [{ yuan: a.yuan, per: 'once', entitlement }], trace: [step('fixed', {}, a.yuan)], text: formatYuan(a.yuan), notes: [] };
    case 'capped':
      return {
        amounts: [{ yuan: a.yuan, per: 'once', cap: true, entitlement }],
        trace: [step('cap', {}, a.yuan)], text: `最高${formatYuan(a.yuan)}`, notes: [],
      };
    case 'perYear': {
      const perYear: Amount = { yuan: a.yuan, per: 'year', entitlement };
      if (a.years === undefined) {
        return { amounts: [perYear], trace: [step('perYear', {}, a.yuan)], text: `${formatYuan(a.yuan)}/年`, notes: [] };
      }
      // 3.6万 × 3 is exact in integers; the total is its own amount, as the contract asks.
      const total = a.yuan * a.years;
      return {
        amounts: [{ ...perYear, years: a.years }, { yuan: total, per: 'once', entitlement }],
        trace: [step('perYear', { years: a.years }, a.yuan), step('multiply', { perYear: a.yuan, years: a.years }, total)],
        text: `${formatYuan(a.yuan)}/年，共${a.years}年，合计${formatYuan(total)}`,
        notes: [],
      };
    }
    case 'share': {
      const input = profile[a.of as FactName] as number;
      const [num, den] = a.ratio ? [a.ratio[1], a.ratio[0]] : [a.percent!, 100];
      const yuan = divideRounded(BigInt(input) * BigInt(Math.round(num * 1e4)), BigInt(Math.round(den * 1e4)));
      const share = a.ratio ? `${a.ratio[0]}:${a.ratio[1]}` : `${a.percent}%`;
      const text = a.bound === 'atLeast' ? `不少于${formatYuan(yuan)}（${FACTS[a.of as FactName].label}的${share}以上）`
        : `${formatYuan(yuan)}（${FACTS[a.of as FactName].label}${formatYuan(input)}按${share}）`;
      return {
        amounts: [{ yuan, per: 'once', entitlement }],
        trace: [step('share', { [a.of]: input, share, bound: a.bound }, yuan)],
        text, notes: [MONEY_ROUNDING],
      };
    }
    case 'interest':
      return computeInterest(rule, a, profile, rateTable, step);
    case 'inKind':
    case 'unstated':
      return {
        amounts: [], trace: [step(a.kind, a.kind === 'inKind' && a.years ? { years: a.years } : {}, a.benefit)],
        text: describeBenefit(a), notes: [],
      };
  }
}

function describeBenefit(a: Extract<Rule['amount'], { kind: 'inKind' | 'unstated' }>): string {
  if (a.kind === 'unstated') return `${a.benefit}（文件未写明金额）`;
  // The term is said only where the benefit's own words do not already say it.
  return a.years === undefined || a.benefit.includes(`${a.years}年`) ? a.benefit : `${a.benefit}（期限${a.years}年）`;
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
  const notes = [MONEY_ROUNDING];
  if (months !== termYears * 12) notes.push(`贷款期限按${months}个月计算。`);
  if (statedBenchmark === undefined) notes.push(`按人民银行贷款基准利率${band.label}${band.percent}%计算（${table.effectiveFrom}起执行）。`);
  else if (statedBenchmark !== band.percent) notes.push(`按您给的基准利率${statedBenchmark}%计算；本项目数据中人民银行${band.label}贷款基准利率为${band.percent}%（${table.effectiveFrom}起执行），请以牵头单位核定为准。`);
  if (loanRate !== undefined && loanRate !== rate) notes.push(`您说的利率${loanRate}%不是计算依据：文件写的是"按贷款基准利率50%予以贴息"。`);

  // rate in millionths of a percent point keeps 4.35 exact: yuan = P × r/100 × share/100 × months/12.
  const rateMicro = BigInt(Math.round(rate * 1e6));
  const raw = divideRounded(
    BigInt(principal) * rateMicro * BigInt(Math.round(a.sharePercent * 1e6)) * BigInt(months),
    100n * 1_000_000n * 100n * 1_000_000n * 12n,
  );
  const yuan = Math.min(raw, a.capYuan);
  const capped = raw > a.capYuan;
  const trace = [
    step('rate', { termYears }, rate, {
      source: statedBenchmark === undefined
        ? `${table.name}（knowledge/parameters/${table.id}.json，${table.effectiveFrom}起执行）：${band.label}${band.percent}%`
        : `用户给出的基准利率${statedBenchmark}%（优先于knowledge/parameters/${table.id}.json的${band.percent}%）`,
    }),
    step('interest', { principal, ratePercent: rate, sharePercent: a.sharePercent, months }, raw),
    step('cap', { computed: raw, cap: a.capYuan }, yuan),
  ];
  const formula = `${formatYuan(principal)}×${rate}%×${a.sharePercent}%×${months / 12}年`;
  return {
    amounts: [{ yuan, per: 'once', ...(capped ? { cap: true } : {}), entitlement: rule.id }],
    trace,
    text: capped ? `${formula}=${formatYuan(raw)}，超过上限，按最高${formatYuan(a.capYuan)}` : `${formula}=${formatYuan(yuan)}`,
    notes,
  };
}
