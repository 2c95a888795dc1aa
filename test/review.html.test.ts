/**
 * The HTML report's page as text (issue 12): self-contained (nothing fetched: no src, no href, no
 * url()), the chart library inlined, every text of the log escaped. The browser test
 * (review.html.browser.test.ts) checks that it draws.
 */
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderReviewHtml } from '../src/review/html.js';
import type { ReviewReport } from '../src/review/report.js';
import { SAMPLE_REPORT } from './reviewSample.js';

const EMPTY: ReviewReport = {
  totals: { turns: 0, outOfScope: 0, clarified: 0, lowConfidence: 0, openPoints: 0, handoffs: 0, feedbackUp: 0, feedbackDown: 0, skippedLines: 0 },
  perDay: [], topClauses: [], topBenefits: [], feedback: [], downAnswers: [], handoffs: [], latency: { p50: 0, p99: 0 }, unanswered: [],
};

describe('renderReviewHtml', () => {
  const html = renderReviewHtml(SAMPLE_REPORT, { generatedAt: new Date('2026-11-04T08:00:00Z') });

  it('fetches nothing: no external script, stylesheet, image or font in the markup', () => {
    // The markup and style, without the scripts' bodies (the chart library's own strings say "src=").
    const markup = html.replace(/(<script\b[^>]*>)[^]*?<\/script>/gi, '$1</script>');
    expect(markup.length).toBeLessThan(20_000);
    expect(/\ssrc=|<link\b|url\(|@import|https?:/i.test(markup)).toBe(false);
  });

  it('inlines Apache ECharts', () => {
    expect(html.length).toBeGreaterThan(1_000_000);
    expect(html).toContain('echarts');
    // The library cannot close its <script> early.
    const scripts = html.split(/<script\b/i).length - 1;
    expect(html.split(/<\/script>/i).length - 1).toBe(scripts);
  });

  it('escapes what people typed, in the tables and in the charts\' data', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('贴息&lt;script&gt;alert(1)&lt;/script&gt;怎么算');
    expect(html).toContain('&lt;b&gt;粗体&lt;/b&gt; &amp; &quot;引号&quot;');
    const data = /<script type="application\/json" id="review-data">([^]*?)<\/script>/.exec(html)![1]!;
    expect(data).not.toContain('<');
    expect(JSON.parse(data).topClauses[0]).toEqual({ name: '第17条', count: 15 });
  });

  it('names clauses, benefits and channels as people read them', () => {
    expect(html).toContain('新落户全日制博士首套住房购房补贴');
    const data = JSON.parse(/id="review-data">([^]*?)<\/script>/.exec(html)![1]!);
    expect(data.perDay.series.map((s: { name: string }) => s.name)).toEqual(['Slack', '微信']);
    expect(data.perDay.series[1].counts).toEqual([10, 12, 0]);
  });

  it('renders an empty period with "none" rows and no charts to draw', () => {
    const empty = renderReviewHtml(EMPTY);
    expect(empty.match(/class="none"/g)).toHaveLength(4);
    const data = JSON.parse(/id="review-data">([^]*?)<\/script>/.exec(empty)![1]!);
    expect(data.perDay.days).toEqual([]);
  });

  it('escapes the five characters of HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
