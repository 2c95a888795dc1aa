import { describe, expect, it } from 'vitest';
import { knowledge } from '../src/knowledge/index.js';
import { normalize } from '../src/search/normalize.js';

describe('normalize', () => {
  it('turns full-width digits and letters plain', () => {
    expect(normalize('第１７条')).toBe('第17条');
    expect(normalize('ＲＡＮＤ　ＧＤＰ')).toBe('RAND GDP');
  });

  it('turns traditional Chinese simplified, Taiwan and Hong Kong forms alike', () => {
    expect(normalize('第17條講什麼')).toBe('第17条讲什么');
    expect(normalize('院士專家工作站')).toBe('院士专家工作站');
    expect(normalize('購房補貼')).toBe('购房补贴');
    expect(normalize('知識產權質押貸款')).toBe('知识产权质押贷款');
    expect(normalize('眾創空間')).toBe('众创空间');
  });

  it('strips control, zero-width and bidirectional-override characters', () => {
    expect(normalize('第\u200b17\u200d条\u202e\u2066\ufeff\u0007')).toBe('第17条');
    expect(normalize('博士\u00ad补贴')).toBe('博士补贴');
  });

  it('keeps newlines and tabs, and the empty string empty', () => {
    expect(normalize('a\nb\tc')).toBe('a\nb\tc');
    expect(normalize('')).toBe('');
  });

  it('leaves the simplified policy text as it is, apart from NFKC', () => {
    const source = knowledge().source;
    expect(normalize(source)).toBe(source.normalize('NFKC'));
  });
});
