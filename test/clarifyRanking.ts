/**
 * A stand-in for the trained model in tests: a pipeline whose ranking component reads the ranking
 * from a table keyed by the message's text, so the dialogue's use of the bands can be tested
 * before (and apart from) any model. Texts not in the table get no ranking (band null), as today.
 */
import { PIPELINE, type Component, type Ranking } from '../src/understand/index.js';

export type RankingTable = Readonly<Record<string, { band: NonNullable<Ranking['band']>; targets: string[] }>>;

export function rankingPipeline(table: RankingTable): readonly Component[] {
  const fixed: Component = {
    name: 'ranking',
    process(m) {
      const row = typeof m.raw === 'string' ? table[m.raw] : undefined;
      m.ranking = row
        ? { band: row.band, candidates: row.targets.map((target, i) => ({ target, score: 1 / (i + 2), evidence: [] })) }
        : { candidates: [], band: null };
    },
  };
  return PIPELINE.map((c) => (c.name === 'ranking' ? fixed : c));
}

/** Made-up questions (not from any test set), each with the ranking a model might give it. */
export const RANKINGS: RankingTable = {
  别人抄我们的专利咋整: { band: 'low', targets: ['item-20', 'ip-pledge-interest-subsidy', 'oos:local-life', 'doc:issued'] },
  想去北交所挂牌: { band: 'middle', targets: ['item-14', 'ip-pledge-interest-subsidy', 'oos:other-city', 'angel-fund-equity'] },
  博士买房补贴多少: { band: 'high', targets: ['phd-first-home', 'phd-startup-salary'] },
  盘锦哪家澡堂子好: { band: 'middle', targets: ['oos:local-life', 'item-17'] },
};
