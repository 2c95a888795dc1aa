import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Answer } from '../src/answer/types.js';
import { renderWechat, splitMessage, wechatText } from '../src/answer/render/wechat.js';

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

describe('wechatText', () => {
  it('drops markdown, brackets citations and writes amounts in 万元', () => {
    const text = wechatText(answer({
      answer: '**按第17条**，博士购房补贴最高120000元；每年36000元/年。见 item-16。',
      citations: ['item-17'],
    }));
    expect(text).not.toMatch(/\*\*|#|`/);
    expect(text).toContain('按【第17条】');
    expect(text).toContain('最高12万元');
    expect(text).toContain('3.6万元/年');
    expect(text).toContain('见 【第16条】');
    expect(text).toContain('\n依据：【第17条】\n');
  });
  it('writes an odd sum the way every channel does, exact', () => {
    expect(wechatText(answer({ answer: '贴息65250元。' }))).toBe('贴息65,250元。');
  });
  it('lists the amounts the text does not mention, and no others', () => {
    const text = wechatText(answer({
      answer: '可享受购房补贴最高12万元。',
      amounts: [
        { yuan: 120000, per: 'once', cap: true, entitlement: 'phd-first-home' },
        { yuan: 36000, per: 'year', years: 3, entitlement: 'phd-salary' },
      ],
    }));
    expect(text).toBe('可享受购房补贴最高12万元。\n金额：3.6万元/年，共3年');
  });
  it('adds the validity note to a cited answer that lacks one, and not twice', () => {
    const bare = wechatText(answer({ answer: '见第17条。', citations: ['item-17'] }));
    expect(bare).toMatch(/依据：【第17条】\n（本政策实施期为2019—2021年，已于2021-12-31结束/);
    const noted = wechatText(answer({ answer: '见第17条。（本政策实施期为2019—2021年，已结束。）', citations: ['item-17'] }));
    expect(noted.match(/实施期/g)).toHaveLength(1);
    expect(wechatText(answer({ answer: '不在本政策范围内。', outOfScope: true }))).toBe('不在本政策范围内。');
  });
  it('names sections the way the other channels do', () => {
    expect(wechatText(answer({ answer: 'x', citations: ['sec-2.1', 'notice'] }))).toContain('依据：【第二部分第1项】【印发通知】');
  });
  it('leaves a quoted example of what to type unbracketed', () => {
    expect(wechatText(answer({ answer: '例如“第17条讲什么”，详见第17条。' }))).toBe('例如“第17条讲什么”，详见【第17条】。');
  });
  it('keeps brackets the core already wrote and small sums in 元', () => {
    const text = wechatText(answer({ answer: '见【第十七条】，每人500元。' }));
    expect(text).toBe('见【第十七条】，每人500元。');
  });
  it('adds follow-up questions the text does not already ask, and no source line when nothing is cited', () => {
    const text = wechatText(answer({ answer: '还需要了解几点。您是全日制博士吗？', followUp: ['您是全日制博士吗？', '您哪一年毕业？'] }));
    expect(text).toBe('还需要了解几点。您是全日制博士吗？\n您哪一年毕业？');
  });
});

describe('renderWechat', () => {
  it('sends a short answer as one unlabelled message', () => {
    expect(renderWechat(answer({ answer: '按第17条，最高12万元。（本政策实施期为2019—2021年。）', citations: ['item-17'] }))).toEqual([
      '按【第17条】，最高12万元。（本政策实施期为2019—2021年。）\n依据：【第17条】',
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
