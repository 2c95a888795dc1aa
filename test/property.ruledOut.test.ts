/**
 * The worst bug is a wrong amount. Whatever else a message says, and in whatever order, a fact that
 * rules a benefit out must keep that benefit's money out of `amounts`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';

/** A benefit, a phrase that asks for it, phrases that each rule it out, and its amounts. */
const BENEFITS = [
  { ask: '有创业薪酬补贴吗', out: ['我是硕士', '我是本科', '我是非全日制博士', '2010年毕业，今年第一次在盘锦创业', '这是第二次在盘锦创业'], yuan: [36000, 108000] },
  { ask: '购房补贴多少', out: ['我是硕士', '非全日制博士', '在沈阳工作', '买的是第二套房', '户口在沈阳'], yuan: [120000] },
  { ask: '孵化器有奖励吗', out: ['市级的', '县级的', '2017年认定的'], yuan: [200000, 100000] },
  { ask: '研发机构奖励多少', out: ['市级的企业技术中心', '2016年认定的'], yuan: [1000000, 200000] },
  { ask: '贴息多少', out: ['用厂房抵押贷款500万，一年', '信用贷款500万，一年'], yuan: [108750, 500000] },
  { ask: '薪酬补贴多少', out: ['国际级顶尖人才，合同签了两年', '国际级顶尖人才，兼职引进'], yuan: [150000] },
];
/** Words that neither grant nor rule out anything above, nor contradict a ruling-out fact. */
const FILLER = ['你好', '请问', '在盘锦买房', '麻烦问下', '谢谢', '具体', '现在', '我们公司', '那', '想问一下', '我们'];

describe('facts that rule a benefit out', () => {
  it('keep its amounts out of the answer in any order and company', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BENEFITS),
        fc.nat(),
        fc.array(fc.constantFrom(...FILLER), { maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        (benefit, pick, filler, factFirst, twoTurns) => {
          const out = benefit.out[pick % benefit.out.length]!;
          const respond = createResponder();
          const asOf = '2020-06-30';
          const parts = factFirst ? [out, ...filler, benefit.ask] : [benefit.ask, ...filler, out];
          let answer;
          if (twoTurns) {
            // The ruling-out fact in its own turn, after the question or before it.
            respond('u', factFirst ? out : benefit.ask, { asOf });
            answer = respond('u', factFirst ? [...filler, benefit.ask].join('，') : [...filler, out].join('，'), { asOf });
          } else {
            answer = respond('u', parts.join('，'), { asOf });
          }
          const granted = answer.amounts.map((a) => a.yuan).filter((y) => benefit.yuan.includes(y));
          expect(granted, `${parts.join(' / ')} → ${answer.answer}`).toEqual([]);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
