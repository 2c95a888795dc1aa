/**
 * Issue 10: the terminal, Slack and WeChat show the same amounts, in the same format, and one
 * validity note naming every lead unit, for the same multi-benefit answer.
 */
import { describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { formatYuan } from '../src/answer/money.js';
import { renderText } from '../src/answer/render/text.js';
import { renderSlack, type SlackBlock } from '../src/answer/render/slack.js';
import { renderWechat } from '../src/answer/render/wechat.js';
import type { Answer } from '../src/answer/types.js';
import { knowledge } from '../src/knowledge/index.js';

const asOf = '2026-11-28';

function slackText(blocks: SlackBlock[]): string {
  return blocks
    .flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : b.type === 'actions' ? b.elements.map((e) => e.text.text) : [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)]))
    .join('\n');
}

function channels(answer: Answer): Record<'terminal' | 'slack' | 'wechat', string> {
  return {
    terminal: renderText(answer),
    slack: slackText(renderSlack(answer).blocks),
    wechat: renderWechat(answer, { maxChars: 5000 }).join('\n'),
  };
}

/** Every sum of money a text shows, as written: 10万元, 108,750元, 3.6万元 … */
function moneyShown(text: string): string[] {
  return [...new Set(text.match(/\d[\d,.]*万?元/g) ?? [])].sort();
}

describe('one multi-benefit answer in every channel', () => {
  it.each([
    ['a high-tech enterprise that is also a national incubator', '我们公司2020年新认定为高新技术企业，同时是新认定的国家级孵化器，能拿多少奖励？'],
    ['a loan subsidy beside an incubator award', '知识产权质押贷款500万，一年，贴息多少？我们也是新认定的国家级孵化器'],
    ['two benefits led by different units, the first naming fewer', '高新技术企业奖励和知识产权质押贷款贴息各多少？'],
    ['two benefits led by different units, the first naming more', '高新技术企业奖励和博士购房补贴各多少？'],
  ])('%s: same amounts in the same format, one validity note naming every lead unit', (_name, question) => {
    const answer = createResponder()('u1', question, { asOf });
    expect(answer.citations.length).toBeGreaterThan(1);
    expect(answer.amounts.length).toBeGreaterThan(0);
    const shown = channels(answer);
    const lead = [...new Set(answer.citations.flatMap((id) => knowledge().clause(id)?.lead ?? []))];
    const terminalMoney = moneyShown(shown.terminal);
    for (const [channel, text] of Object.entries(shown)) {
      for (const a of answer.amounts) expect(text, channel).toContain(formatYuan(a.yuan));
      expect(moneyShown(text), channel).toEqual(terminalMoney);
      const notes = text.split('\n').filter((l) => l.startsWith('（本政策'));
      expect(notes, channel).toHaveLength(1);
      for (const unit of lead) expect(notes[0], `${channel}: ${unit}`).toContain(unit);
    }
  });
});
