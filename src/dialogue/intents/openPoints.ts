/**
 * "什么时候发钱", "分几次发", "两口子都是博士能拿两份吗", "博士后算不算": a point the text leaves
 * open, answered as such (issue 11, part 5). The answer says the point (the benefit's own open
 * question from the rule book when it has one, else the point's), what the text does say, quoted,
 * and whom to ask; never that the question is outside the policy. Item 13's benchmark rate also
 * says which rate the bot's figures use (knowledge/parameters).
 */
import { loadOpenPoints, type OpenPoint, type OpenPoints } from '../../knowledge/openPoints.js';
import { fill, texts } from '../../knowledge/language.js';
import { joinUnits } from '../../answer/format.js';
import { fillInline } from '../../answer/fillInline.js';
import { line, type Line } from '../../answer/parts.js';
import { rule as ruleById } from '../../calculator/index.js';
import { ruleBook } from '../../calculator/rulebook.js';
import type { Rule } from '../../knowledge/rulesSchema.js';
import type { Draft } from '../reply.js';

export const OPEN_POINTS_BOOK = 'language/zh/open-points.json';

const T = texts(OPEN_POINTS_BOOK, ['says', 'settled', 'settledList', 'alsoStacking', 'ask', 'askFallback', 'rateUsed', 'rateBand', 'rateSeparator', 'rateNote']);

let book: OpenPoints | undefined;

function loaded(): OpenPoints {
  book ??= loadOpenPoints((id) => ruleById(id) !== undefined);
  return book;
}

/** The points, loaded and checked once. */
export function openPoints(): readonly OpenPoint[] {
  return loaded().points;
}

export function openPointById(id: string): OpenPoint | undefined {
  return openPoints().find((p) => p.id === id);
}

/** The benefits a point is about: its own when bound, else those in view, else its fallback. */
export function pointBenefits(point: OpenPoint, inView: readonly string[]): string[] {
  if (point.bound || !inView.length) return [...point.fallback];
  return inView.slice(0, 2);
}

/** The sentence saying the point for one benefit: its rule's own open question on it, else the point's. */
export function pointSentence(point: OpenPoint, rule: Rule | undefined): string {
  const own = rule?.openQuestions.find((q) => point.ruleKeys.some((k) => q.includes(k)));
  return own ?? point.open;
}

export function answerOpenPoint(point: OpenPoint, benefitIds: readonly string[]): Draft {
  const rules = benefitIds.map((id) => ruleById(id)).filter((r): r is Rule => r !== undefined);
  const lines: Line[] = [];
  const said = new Set<string>();
  const sayOnce = (kind: Line['kind'], text: string) => {
    if (!said.has(text)) lines.push(line(kind, text));
    said.add(text);
  };
  if (!rules.length && point.settled) {
    // "分几次发" with no benefit in view: which ones the text settles, and that the rest are open.
    const settled = ruleBook().rules.filter((r) => r.quote.includes(point.settled!));
    sayOnce('openPoint', fill(T.settledList, { word: point.settled, titles: settled.map((r) => r.title).join('、') }));
  } else if (!rules.length) sayOnce('openPoint', point.open);
  for (const r of rules) {
    if (point.settled && r.quote.includes(point.settled)) sayOnce('text', fill(T.settled, { word: point.settled }));
    else sayOnce('openPoint', pointSentence(point, r));
  }
  for (const more of point.more) sayOnce('openPoint', more);
  if (point.id === 'benchmarkRate') lines.push(...rateLines());
  const quoted = new Set<string>();
  for (const r of rules) {
    if (quoted.has(r.quote)) continue;
    quoted.add(r.quote);
    lines.push(line('clause', fillInline(T.says, { ref: { clause: r.clause }, quote: r.quote })));
  }
  for (const a of point.also) {
    const intro = a.intro === 'alsoStacking' ? T.alsoStacking : T.says;
    lines.push(line('clause', fillInline(intro, { ref: { clause: a.clause }, quote: a.quote })));
  }
  const lead = [...new Set(rules.flatMap((r) => r.lead))];
  const { funds } = loaded();
  lines.push(line('units', lead.length
    ? fill(T.ask, { lead: joinUnits(lead) })
    : fillInline(T.askFallback, { ref: { clause: funds.clause }, quote: funds.quote })));
  const cited = [...rules.map((r) => r.clause), ...point.also.map((a) => a.clause), ...(lead.length ? [] : [funds.clause])];
  const citations = [...new Set(cited)];
  return { lines, citations, validity: { lead: lead.length ? lead : [...point.fallbackLead] } };
}

/** Which benchmark rate the bot's item-13 figures use, from knowledge/parameters. */
function rateLines(): Line[] {
  const table = ruleBook().rateTable('pboc-benchmark-lending-rate');
  if (!table) return [];
  const bands = table.bands.map((b) => fill(T.rateBand, { label: b.label, percent: b.percent.toFixed(2) })).join(T.rateSeparator);
  const out = [line('text', fill(T.rateUsed, { name: table.name, from: table.effectiveFrom, bands }))];
  // The parameter's note opens with the reform and that the benchmark itself was never changed.
  const reform = table.note?.split('。')[0];
  if (reform) out.push(line('text', fill(T.rateNote, { note: `${reform}。` })));
  return out;
}

/** The sentence of a point merely mentioned beside a question on a clause it concerns, or null. */
export function mentionedPointNote(ids: readonly string[], clauseId: string): string | null {
  for (const id of ids) {
    const point = openPointById(id);
    const rules = point?.fallback.map((r) => ruleById(r)).filter((r): r is Rule => r?.clause === clauseId) ?? [];
    if (point && rules.length) return pointSentence(point, rules[0]);
  }
  return null;
}
