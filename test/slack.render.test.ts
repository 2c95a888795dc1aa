import { describe, expect, it } from 'vitest';
import { escapeAndSplit, escapeMrkdwn, renderSlack, SLACK_LIMITS, type SlackBlock } from '../src/answer/render/slack.js';
import type { Answer } from '../src/answer/types.js';
import { rule } from '../src/calculator/index.js';
import { validityNote } from '../src/answer/format.js';
import { knowledge } from '../src/knowledge/index.js';
import { line } from '../src/answer/parts.js';
import { reply } from '../src/dialogue/reply.js';

const validity = { from: '2019-07-04', to: '2021-12-31', inForce: false, asOf: '2026-11-28' };

function answer(over: Partial<Answer> = {}): Answer {
  return {
    user: 'u',
    answer: '按第17条，新落户并在盘就业的全日制博士在盘购买首套住房的，予以最高12万元购房补贴。',
    citations: ['item-17'],
    amounts: [{ yuan: 120000, per: 'once', cap: true, entitlement: 'phd-first-home' }],
    outOfScope: false,
    followUp: [],
    validity,
    ...over,
  };
}

/** Every text string in the blocks, with the limit that applies to it. */
function texts(blocks: SlackBlock[]): { text: string; max: number }[] {
  return blocks.flatMap((b): { text: string; max: number }[] =>
    b.type === 'context'
      ? b.elements.map((e) => ({ text: e.text, max: SLACK_LIMITS.textField }))
      : b.type === 'actions'
        ? b.elements.map((e) => ({ text: e.text.text, max: SLACK_LIMITS.buttonText }))
        : [
          ...(b.text ? [{ text: b.text.text, max: SLACK_LIMITS.textField }] : []),
          ...(b.fields ?? []).map((f) => ({ text: f.text, max: SLACK_LIMITS.sectionField })),
        ],
  );
}

describe('escapeMrkdwn', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<@U1> <!channel>', '&lt;@U1&gt; &lt;!channel&gt;'],
    ['&amp;', '&amp;amp;'],
    ['第17条', '第17条'],
  ])('%s → %s', (input, expected) => expect(escapeMrkdwn(input)).toBe(expected));
});

describe('escapeAndSplit', () => {
  it('never cuts an entity or a surrogate pair', () => {
    const pieces = escapeAndSplit('&'.repeat(10) + '😀'.repeat(5), 7);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(7);
      expect(p).not.toMatch(/&[a-z]*$|^[a-z]*;/);
      expect(p).not.toMatch(/[\uD800-\uDBFF]$/);
    }
    expect(pieces.join('')).toBe('&amp;'.repeat(10) + '😀'.repeat(5));
  });
});

describe('renderSlack', () => {
  describe('a cited answer with an amount', () => {
    const message = renderSlack(answer());

    it('puts the answer first, then the amount, then the citation and validity context', () => {
      expect(message.blocks.map((b) => b.type)).toEqual(['section', 'section', 'context']);
      const title = rule('phd-first-home')?.title;
      expect(title).toBeTruthy();
      expect(message.blocks[1]).toEqual({ type: 'section', fields: [{ type: 'mrkdwn', text: `*${title}*\n最高12万元`, verbatim: true }] });
      const context = message.blocks[2] as Extract<SlackBlock, { type: 'context' }>;
      expect(context.elements[0]?.text).toMatch(/^第17条 · 牵头单位：\S+/);
      expect(context.elements[1]?.text).toContain('2021-12-31');
    });

    it('has the answer as its plain fallback text', () => {
      expect(message.text).toBe(answer().answer);
    });
  });

  it('escapes & < > in every text, fallback included', () => {
    const message = renderSlack(answer({ answer: 'A&B <!here>', followUp: ['<b>?'] }));
    expect(message.text).toBe('A&amp;B &lt;!here&gt;');
    for (const { text } of texts(message.blocks)) expect(text).not.toMatch(/<|>|&(?!amp;|lt;|gt;)/);
  });

  it('says the validity note once, in the context line, while the fallback text keeps it', () => {
    const lead = knowledge().clause('item-17')!.lead;
    const note = validityNote(validity, lead);
    const built = reply('u', validity, { lines: [line('text', ['按', { clause: 'item-17' }, '，最高12万元。'])], citations: ['item-17'], validity: { lead } });
    expect(built.answer).toBe(`按第17条，最高12万元。\n${note}`);
    const message = renderSlack(built);
    const shown = texts(message.blocks).filter((t) => t.text.includes('实施期'));
    expect(shown).toHaveLength(1);
    expect(message.blocks.at(-1)!.type).toBe('context');
    expect(message.text).toContain(note);
  });

  it('lists follow-up questions', () => {
    const message = renderSlack(answer({ amounts: [], followUp: ['您是全日制博士吗？', '您哪一年毕业？'] }));
    const all = texts(message.blocks).map((t) => t.text).join('\n');
    expect(all).toContain('• 您是全日制博士吗？\n• 您哪一年毕业？');
  });

  it('shows no citation or validity context when out of scope', () => {
    const message = renderSlack(answer({ outOfScope: true, citations: [], amounts: [], answer: '本政策不涉及天气。' }));
    expect(message.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: '本政策不涉及天气。', verbatim: true } }]);
  });

  it('shows the question above the answer when asked to (slash commands)', () => {
    const message = renderSlack(answer(), { question: '博士<补贴>' });
    expect(message.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '问：博士&lt;补贴&gt;', verbatim: true }] });
  });

  it('formats per-year amounts with their years, and labels their computed total', () => {
    const amounts = [
      { yuan: 36000, per: 'year' as const, years: 3, entitlement: 'salary' },
      { yuan: 108000, per: 'once' as const, entitlement: 'salary' },
      { yuan: 50000, per: 'once' as const, entitlement: 'unknown-rule' },
    ];
    const entitlement = (id: string) => (id === 'salary' ? { title: '薪酬补贴' } : undefined);
    const message = renderSlack(answer({ amounts }), { entitlement });
    expect(texts(message.blocks).map((t) => t.text)).toEqual(expect.arrayContaining(['*薪酬补贴*\n3.6万元/年，共3年', '*薪酬补贴（合计）*\n10.8万元', '5万元']));
  });

  describe("Slack's limits", () => {
    const huge = answer({
      answer: '很长的回答&'.repeat(40_000),
      amounts: Array.from({ length: 25 }, (_, i) => ({ yuan: 10000 * (i + 1), per: 'once' as const, entitlement: `e${i}` })),
      followUp: Array.from({ length: 400 }, (_, i) => `问题${i}？`),
      citations: Array.from({ length: 21 }, (_, i) => `item-${i + 1}`),
    });
    const message = renderSlack(huge, { question: '问'.repeat(5000) });

    it('keeps to 50 blocks', () => {
      expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    });

    it('keeps every text within its field limit and marks the cuts', () => {
      for (const { text, max } of texts(message.blocks)) expect(text.length).toBeLessThanOrEqual(max);
      expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.textField);
      expect(message.text.endsWith('…')).toBe(true);
    });

    it('keeps at most 10 fields a section and 10 context elements', () => {
      for (const b of message.blocks) {
        if (b.type === 'section') expect(b.fields?.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.fieldsPerSection);
        else expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
      }
    });

    it('still shows the amounts and the citation context after a long answer', () => {
      const types = message.blocks.map((b) => b.type);
      expect(types.at(-1)).toBe('context');
      expect(message.blocks.filter((b) => b.type === 'section' && b.fields).length).toBe(3);
    });
  });
});
