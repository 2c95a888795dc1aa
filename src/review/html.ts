/**
 * `policy-bot review --html FILE` (issue 12): the report as one self-contained page that works
 * offline. Apache ECharts is inlined (no CDN: the staff's machines may be on a government network
 * without the internet), the data sits in the page as JSON, and the tables are plain HTML, so they
 * read even with scripts off. Every text from the log is escaped: the log holds what people typed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { rule } from '../calculator/index.js';
import { clauseName } from '../answer/format.js';
import { fill } from '../knowledge/language.js';
import { CHART_SCRIPT, chartData } from './chartScript.js';
import { channelName, PAGE, reasonName } from './pageWords.js';
import type { ReviewReport } from './report.js';

/** CJK fonts first (Debian's fonts-noto-cjk, fonts-wqy-zenhei; Windows; macOS), then the rest. */
export const FONT_STACK = '"Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", sans-serif';

export interface HtmlOptions {
  /** When the report was made; now by default. */
  generatedAt?: Date;
  /** Clause id → how people read it (第17条); the answers' own naming by default. */
  clause?: (id: string) => string;
  /** Entitlement id → its title; the rule book's by default. */
  benefit?: (id: string) => string;
  /** The chart library's source; ECharts' dist/echarts.min.js by default. */
  chartLibrary?: string;
}

let echartsSource: string | undefined;

/** ECharts' minified build, read once (1.1 MB). */
function echarts(): string {
  echartsSource ??= readFileSync(createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js'), 'utf8');
  return echartsSource;
}

/** Text as HTML: the five characters that could open markup or close an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Script source that cannot end its <script> element early. */
function inScript(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1');
}

/** JSON for a <script type="application/json">: no "<" at all, so no markup can start inside. */
function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function table(id: string, headings: string[], rows: string[][]): string {
  const head = `<tr>${headings.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows.length > 0
    ? rows.map((r) => `<tr>${r.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${headings.length}" class="none">${escapeHtml(PAGE.none)}</td></tr>`;
  return `<table id="${id}"><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

const num = (n: number) => `<span class="n">${escapeHtml(String(n))}</span>`;

function totals(report: ReviewReport): string {
  const t = report.totals;
  const rows: [string, string][] = [
    [PAGE.turns, num(t.turns)],
    [PAGE.outOfScope, num(t.outOfScope)],
    [PAGE.clarified, num(t.clarified)],
    [PAGE.lowConfidence, num(t.lowConfidence)],
    [PAGE.openPoints, num(t.openPoints)],
    [PAGE.handoffs, num(t.handoffs)],
    [PAGE.feedbackUp, num(t.feedbackUp)],
    [PAGE.feedbackDown, num(t.feedbackDown)],
    [PAGE.latency, escapeHtml(fill(PAGE.latencyValue, { p50: report.latency.p50, p99: report.latency.p99 }))],
    ...(t.skippedLines > 0 ? [[PAGE.skippedLines, num(t.skippedLines)] as [string, string]] : []),
  ];
  return `<dl id="totals">${rows.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
}

const STYLE = `
body { font-family: ${FONT_STACK}; margin: 24px auto; max-width: 1000px; padding: 0 16px; color: #222; background: #fff; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
.meta { color: #555; margin: 0; }
#totals { display: flex; flex-wrap: wrap; gap: 8px; margin: 16px 0; } #totals div { border: 1px solid #ddd; border-radius: 6px; padding: 8px 12px; min-width: 110px; }
#totals dt { color: #555; font-size: 13px; } #totals dd { margin: 4px 0 0; font-size: 20px; }
.chart { width: 100%; height: 360px; } .chart.empty { height: auto; color: #777; padding: 16px 0; }
table { border-collapse: collapse; width: 100%; font-size: 14px; } th, td { border: 1px solid #ddd; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f5f5f5; } td.none { color: #777; } ul { margin: 0; padding-left: 18px; }
footer { color: #777; font-size: 12px; margin: 32px 0; }`;

/** The report as one HTML page, complete with its chart library. */
export function renderReviewHtml(report: ReviewReport, options: HtmlOptions = {}): string {
  const clause = options.clause ?? ((id: string) => clauseName(id));
  const benefit = options.benefit ?? ((id: string) => rule(id)?.title ?? id);
  const at = (options.generatedAt ?? new Date()).toISOString().slice(0, 16).replace('T', ' ');
  const period = fill(PAGE.period, { from: report.since ?? PAGE.unbounded, to: report.until ?? PAGE.unbounded });
  const channel = report.channel ? fill(PAGE.channelOne, { channel: channelName(report.channel) }) : PAGE.channelAll;
  const data = chartData(report, { channel: channelName, clause, benefit, noData: PAGE.noData, font: FONT_STACK });
  const cites = (ids: string[]) => escapeHtml(ids.map(clause).join('、'));

  const unanswered = table('unanswered', [PAGE.reason, PAGE.question, PAGE.count, PAGE.examples], report.unanswered.map((g) => [
    escapeHtml(reasonName(g.reason)),
    escapeHtml(g.label),
    num(g.count),
    `<ul>${g.examples.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>`,
  ]));
  const feedback = table('feedback', [PAGE.clause, PAGE.up, PAGE.down], report.feedback.map((f) => [escapeHtml(clause(f.citation)), num(f.up), num(f.down)]));
  const down = table('down-answers', [PAGE.at, PAGE.question, PAGE.citations, PAGE.answerId], report.downAnswers.map((d) => [
    escapeHtml(d.at), escapeHtml(d.text), cites(d.citations), `<code>${escapeHtml(d.answerId)}</code>`,
  ]));
  const handoffs = table('handoffs', [PAGE.unit, PAGE.count], report.handoffs.map((h) => [escapeHtml(h.unit), num(h.count)]));

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(PAGE.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(PAGE.title)}</h1>
<p class="meta">${escapeHtml(period)} · ${escapeHtml(channel)}</p>
<h2>${escapeHtml(PAGE.totalsHeading)}</h2>
${totals(report)}
<h2>${escapeHtml(PAGE.perDayHeading)}</h2>
<div id="chart-per-day" class="chart"></div>
<h2>${escapeHtml(PAGE.topClausesHeading)}</h2>
<div id="chart-top-clauses" class="chart"></div>
<h2>${escapeHtml(PAGE.topBenefitsHeading)}</h2>
<div id="chart-top-benefits" class="chart"></div>
<h2>${escapeHtml(PAGE.unansweredHeading)}</h2>
${unanswered}
<h2>${escapeHtml(PAGE.feedbackHeading)}</h2>
${feedback}
<h2>${escapeHtml(PAGE.downHeading)}</h2>
${down}
<h2>${escapeHtml(PAGE.handoffsHeading)}</h2>
${handoffs}
<footer>${escapeHtml(fill(PAGE.footer, { at }))}</footer>
<script type="application/json" id="review-data">${jsonInScript(data)}</script>
<script>${inScript(options.chartLibrary ?? echarts())}</script>
<script>${inScript(CHART_SCRIPT)}</script>
</body>
</html>
`;
}
