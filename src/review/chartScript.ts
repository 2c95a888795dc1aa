/**
 * The HTML report's charts: the data they draw (computed here, in Node, so the page's script holds
 * no words and no arithmetic) and the small script that hands it to ECharts in the browser.
 */
import type { ReviewReport } from './report.js';

export interface ChartData {
  /** The font stack the canvases draw with: a CJK font first, or Chinese draws as empty boxes. */
  font: string;
  noData: string;
  perDay: { days: string[]; series: { name: string; counts: number[] }[] };
  /** Most first. */
  topClauses: { name: string; count: number }[];
  topBenefits: { name: string; count: number }[];
}

/** How many bars the top-clauses and top-benefits charts show. */
export const TOP_BARS = 10;

export function chartData(
  report: ReviewReport,
  names: { channel: (c: string) => string; clause: (id: string) => string; benefit: (id: string) => string; noData: string; font: string },
): ChartData {
  const days = [...new Set(report.perDay.map((d) => d.day))].sort();
  const channels = [...new Set(report.perDay.map((d) => d.channel))].sort();
  const series = channels.map((channel) => ({
    name: names.channel(channel),
    counts: days.map((day) => report.perDay.filter((d) => d.day === day && d.channel === channel).reduce((n, d) => n + d.count, 0)),
  }));
  return {
    font: names.font,
    noData: names.noData,
    perDay: { days, series },
    topClauses: report.topClauses.slice(0, TOP_BARS).map((c) => ({ name: names.clause(c.citation), count: c.count })),
    topBenefits: report.topBenefits.slice(0, TOP_BARS).map((b) => ({ name: names.benefit(b.entitlement), count: b.count })),
  };
}

/**
 * Runs in the page, after ECharts: draws each chart without animation (a report is read, not
 * watched, and a page that is complete at load can be printed or tested at once), then marks the
 * document `data-charts="drawn"`.
 */
export const CHART_SCRIPT = `(function () {
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var base = { animation: false, textStyle: { fontFamily: data.font }, grid: { containLabel: true, left: 16, right: 24, top: 40, bottom: 16 } };
  function draw(id, option, empty) {
    var el = document.getElementById(id);
    if (empty) { el.textContent = data.noData; el.className += ' empty'; return; }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(Object.assign({}, base, option));
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function bars(items) {
    var rev = items.slice().reverse();
    return {
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rev.map(function (i) { return i.name; }) },
      series: [{ type: 'bar', data: rev.map(function (i) { return i.count; }), label: { show: true, position: 'right' } }]
    };
  }
  draw('chart-per-day', {
    legend: { top: 0 },
    xAxis: { type: 'category', data: data.perDay.days },
    yAxis: { type: 'value', minInterval: 1 },
    series: data.perDay.series.map(function (s) { return { type: 'bar', stack: 'day', name: s.name, data: s.counts }; })
  }, data.perDay.days.length === 0);
  draw('chart-top-clauses', bars(data.topClauses), data.topClauses.length === 0);
  draw('chart-top-benefits', bars(data.topBenefits), data.topBenefits.length === 0);
  document.documentElement.setAttribute('data-charts', 'drawn');
})();`;
