/**
 * Goals the city set itself (到2021年…达到140家) and money it budgets: answered from
 * knowledge/targets.json, quoted. These are never entitlements and never go into `amounts`.
 */
import { knowledge, type Target } from '../../knowledge/index.js';
import { message, say, sayInline } from '../../answer/messages.js';
import { line } from '../../answer/parts.js';
import { leadUnitsOf, type Draft } from '../reply.js';

export const TARGET_CUE = /目标|要达到|达到多少|达到几|多少家|几家|多少个|几个|多少项|几项|多少人次|多少人|几个人|多少名|几名|增长多少|比重|占比|任务|预算|安排多少|专项资金/;

/** Short words people use for a metric, beyond the metric's own name. */
const METRIC_ALIASES: Record<string, string[]> = {
  高新技术企业: ['高企', '高新企业', '高新技术企业'],
  科技型中小企业: ['科技型中小企业', '科技中小企业', '科小'],
  研发经费: ['研发经费', 'R&D', '研发投入', '研究与开发'],
  院士专家工作站: ['院士', '院士工作站', '院士专家工作站'],
  产业技术研究院: ['研究院'],
  产业技术创新联盟: ['联盟'],
  企业研发机构: ['研发机构'],
  企业家: ['企业家', '职业经理人', '培训'],
  核心技术: ['核心技术', '攻关'],
  科技成果: ['转化科技成果', '成果转化'],
  发明专利: ['专利'],
  高层次人才: ['高层次人才', '人才'],
  创新团队: ['团队'],
  创新型领军企业: ['领军企业'],
  高新技术产品: ['高新技术产品', '增加值'],
  预算: ['预算', '专项资金', '2000万'],
};

function matches(target: Target, text: string): boolean {
  if (text.includes(target.metric)) return true;
  return Object.entries(METRIC_ALIASES).some(([key, aliases]) =>
    (target.metric.includes(key) || (key === '预算' && target.kind === 'budget'))
      && aliases.some((a) => text.includes(a)));
}

/**
 * Funds the policy names that are not its budget: item-17's 市引才专项资金 is a service people
 * apply to, so its 专项资金 must not read as the 2000万 budget of sec-3.2.
 */
const OTHER_FUNDS = /市?引才专项资金/g;

/** The targets a question asks about, or [] when none matches. */
export function targetsAsked(raw: string): Target[] {
  const text = raw.replace(OTHER_FUNDS, '');
  if (!TARGET_CUE.test(text)) return [];
  return knowledge().targets.filter((t) => matches(t, text));
}

export function answerTargets(targets: Target[]): Draft {
  // Numbered items before the general goals, so the citation points at the task that sets the target.
  const ordered = [...targets].sort((a, b) => rank(a.clause) - rank(b.clause));
  const lines = ordered.map((t) => {
    const clause = knowledge().clause(t.clause)!;
    const when = /^\d{4}$/.test(t.by) ? say('targetBy', { year: t.by }) : '';
    return line('text', sayInline('targetLine', { clause: { clause: t.clause, heading: clause.heading }, when, quote: t.quote }));
  });
  const note = message(ordered.some((t) => t.kind === 'budget') ? 'targetBudgetNote' : 'targetGoalNote');
  const citations = ordered.map((t) => t.clause);
  // One note naming the lead unit of every clause cited (it used to name only the first one's).
  return { lines: [...lines, line('text', note)], citations, validity: { lead: leadUnitsOf(citations) } };
}

function rank(id: string): number {
  return id.startsWith('item-') ? 0 : 1;
}
