import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Answer } from '../src/answer/types.js';
import { renderWechat, splitMessage, wechatText } from '../src/answer/render/wechat.js';
import { line, type Inline } from '../src/answer/parts.js';
import { reply, type Draft } from '../src/dialogue/reply.js';
import { knowledge } from '../src/knowledge/index.js';

const validity = { from: '2019-07-04', to: '2021-12-31', inForce: false, asOf: '2026-11-28' };
const answer = (over: Partial<Answer>): Answer => ({
  user: 'u', answer: '', citations: [], amounts: [], outOfScope: false, followUp: [], validity, ...over,
});
const len = (s: string): number => Array.from(s).length;
/** A part never holds half a citation: every 【 is closed before the part ends, every 】 was opened in it. */
const balanced = (s: string): boolean => {
  let open = false;
  for (const ch of s) {
    if (ch === '【') { if (open) return false; open = true; }
    if (ch === '】') { if (!open) return false; open = false; }
  }
  return !open;
};
const squash = (s: string): string => s.replace(/\s+/g, '');

/** An answer as the core builds it: parts, and the plain text made from them. */
const built = (lines: Inline[][], over: Partial<Draft> = {}, amountsOnLine: Answer['amounts'] = []): Answer =>
  reply('u', validity, {
    lines: lines.map((text, i) => line(i === 0 && amountsOnLine.length ? 'verdict' : 'text', text, i === 0 && amountsOnLine.length ? { amounts: amountsOnLine } : {})),
    citations: [],
    ...over,
  });
const item17Lead = knowledge().clause('item-17')!.lead;

describe('wechatText', () => {
  it('brackets the clauses the parts name, and only those', () => {
    const text = wechatText(built([['按', { clause: 'item-17' }, '，博士购房补贴最高12万元。见 ', { clause: 'item-16' }, '。']], { citations: ['item-17'] }));
    expect(text).toContain('按【第17条】');
    expect(text).toContain('见 【第16条】');
    expect(text).toContain('最高12万元');
    expect(text).toContain('\n依据：【第17条】');
  });
  it('writes the amounts it lists with the one formatter every channel uses', () => {
    const text = wechatText(built([['贴息见下。']], { amounts: [{ yuan: 108750, per: 'once', entitlement: 'ip-pledge-interest-subsidy' }] }));
    expect(text).toBe('贴息见下。\n金额：108,750元');
  });
  it('lists the amounts no line states, and no others', () => {
    const home = { yuan: 120000, per: 'once' as const, cap: true, entitlement: 'phd-first-home' };
    const text = wechatText(built([['可享受购房补贴最高12万元。']], {
      amounts: [home, { yuan: 36000, per: 'year', years: 3, entitlement: 'phd-salary' }],
    }, [home]));
    expect(text).toBe('可享受购房补贴最高12万元。\n金额：3.6万元/年，共3年');
  });
  it('says the validity note once, after the sources, naming the lead units the parts give', () => {
    const noted = wechatText(built([['见', { clause: 'item-17' }, '。']], { citations: ['item-17'], validity: { lead: item17Lead } }));
    expect(noted.match(/实施期/g)).toHaveLength(1);
    expect(noted).toMatch(new RegExp(`依据：【第17条】\n（本政策实施期为2019—2021年，已于2021-12-31结束；现行政策请向${item17Lead.join('、')}咨询。）$`));
    // An Answer built without parts gets the note of what it cites, once.
    expect(wechatText(answer({ answer: '见第17条。', citations: ['item-17'] })).match(/实施期/g)).toHaveLength(1);
    expect(wechatText(answer({ answer: '不在本政策范围内。', outOfScope: true }))).toBe('不在本政策范围内。');
  });
  it('names sections the way the other channels do', () => {
    expect(wechatText(answer({ answer: 'x', citations: ['sec-2.1', 'notice'] }))).toContain('依据：【第二部分第1项】【印发通知】');
  });
  it('leaves a quoted example of what to type unbracketed', () => {
    expect(wechatText(built([['例如“第17条讲什么”，详见', { clause: 'item-17' }, '。']]))).toBe('例如“第17条讲什么”，详见【第17条】。');
  });
  it('keeps brackets the core already wrote and small sums in 元', () => {
    const text = wechatText(answer({ answer: '见【第十七条】，每人500元。' }));
    expect(text).toBe('见【第十七条】，每人500元。');
  });
  it('adds the follow-up questions after the text, and no source line when nothing is cited', () => {
    const text = wechatText(built([['要判断您能否享受，还需要了解几点。']], { followUp: ['您是全日制博士吗？', '您哪一年毕业？'] }));
    expect(text).toBe('要判断您能否享受，还需要了解几点。\n您是全日制博士吗？\n您哪一年毕业？');
  });
});

describe('renderWechat', () => {
  it('sends a short answer as one unlabelled message', () => {
    expect(renderWechat(built([['按', { clause: 'item-17' }, '，最高12万元。']], { citations: ['item-17'], validity: { lead: item17Lead } }))).toEqual([
      `按【第17条】，最高12万元。\n依据：【第17条】\n（本政策实施期为2019—2021年，已于2021-12-31结束；现行政策请向${item17Lead.join('、')}咨询。）`,
    ]);
  });
  it('labels the parts of a long answer in order and keeps each within the limit', () => {
    const sentence = '按第17条，新落户并在盘就业的全日制博士在盘购买首套住房的，予以最高12万元购房补贴。';
    const parts = renderWechat(answer({ answer: sentence.repeat(12), citations: ['item-17'] }), { maxChars: 120 });
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((p, i) => {
      expect(p.startsWith(`（${i + 1}/${parts.length}）`)).toBe(true);
      expect(len(p)).toBeLessThanOrEqual(120);
      expect(balanced(p)).toBe(true);
    });
    expect(parts.join('')).toContain('依据：【第17条】');
  });
});

describe('splitMessage', () => {
  it('cuts between sentences, not inside them', () => {
    const parts = splitMessage('第一句话在这里结束。第二句话也在这里结束。第三句话同样到此为止。', 22);
    expect(parts).toEqual(['第一句话在这里结束。第二句话也在这里结束。', '第三句话同样到此为止。']);
  });
  it('keeps a citation that follows a full stop with its sentence', () => {
    const parts = splitMessage('博士购房补贴最高12万元。【第17条】硕士另有规定，请看下一条内容。', 22);
    expect(parts[0]).toBe('博士购房补贴最高12万元。【第17条】');
  });
  it('cuts an overlong sentence after a comma, never inside 【…】', () => {
    const long = '依照【第17条】的规定，' + '新落户的全日制博士'.repeat(4) + '，依照【第十七条】办理';
    for (const max of [20, 21, 22, 23, 24, 25, 30]) {
      const parts = splitMessage(long, max);
      for (const p of parts) {
        expect(len(p)).toBeLessThanOrEqual(max);
        expect(balanced(p)).toBe(true);
      }
      expect(parts.join('')).toBe(long);
    }
  });
  it('refuses a limit too small to hold a citation', () => {
    expect(() => splitMessage('短。', 5)).toThrow(RangeError);
  });
  it('loses nothing, keeps order and size, and never cuts a citation, whatever the text', () => {
    const piece = fc.oneof(
      fc.constantFrom('。', '！', '？', '；', '，', '\n', '【第17条】', '【第二部分第（一）项】', '12万元', ' '),
      fc.string({ unit: fc.constantFrom('博', '士', '补', '贴', 'a', '1', '😀', '“', '”') , maxLength: 30 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), fc.integer({ min: 20, max: 200 }), (pieceList, max) => {
      const text = pieceList.join('');
      const parts = splitMessage(text, max);
      expect(squash(parts.join(''))).toBe(squash(text));
      for (const p of parts) {
        expect(len(p)).toBeLessThanOrEqual(max);
        expect(balanced(p)).toBe(true);
        expect(p).toBe(p.trim());
        expect(p.length).toBeGreaterThan(0);
      }
    }), { numRuns: 500 });
  });
});
