import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../src/knowledge/index.js';
import { normalize } from '../src/search/normalize.js';
import { mayChangeToSimplified, witnessChars } from '../src/search/simplifiedChars.js';

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

describe('normalize, loading OpenCC only for a text it could change', () => {
  // OpenCC as normalize() used it before it loaded lazily: the ES module build, imported at once.
  const eager = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const before = (text: string) => eager(text.normalize('NFKC').replace(INVISIBLE_FOR_TEST, ''));

  it('ships the witness characters of the installed opencc-js (src/search/simplifiedChars.ts)', () => {
    const shipped = readFileSync(new URL('../knowledge/lexicon/simplified-witnesses.txt', import.meta.url), 'utf8').trim();
    expect(shipped).toBe(witnessChars(knowledge().source));
  });

  it('gives what converting every text gave: the policy, every case question, random mixes of both scripts', () => {
    const texts = [knowledge().source, ...caseQuestions()];
    for (const text of texts) expect(normalize(text)).toBe(before(text));
    // Characters on both sides of the conversion, the witnesses' neighbours and plain ASCII.
    const pool = [...new Set([...knowledge().source.slice(0, 3000), ...'條講什麼專家購補貼覆沈瞭藉甦彷徨想像有序一坏台户口臺灣乾干幹著着髮發', ...'abc 123，。？'])];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 24 }), (chars) => {
      const text = chars.join('');
      expect(normalize(text)).toBe(before(text));
    }), { numRuns: 3000 });
  });

  it('skips OpenCC only for texts its tables leave unchanged', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
      const clean = text.normalize('NFKC');
      if (!mayChangeToSimplified(clean)) expect(eager(clean)).toBe(clean);
    }), { numRuns: 3000 });
  });
});

/** normalize()'s invisible characters, restated so the comparison does not lean on the code it checks. */
const INVISIBLE_FOR_TEST = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** Every user text of the case tables (test/cases/*.jsonl): what people type. */
function caseQuestions(): string[] {
  const dir = new URL('./cases/', import.meta.url);
  const texts: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl') && !f.includes('blind'))) {
    for (const line of readFileSync(new URL(name, dir), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { q?: unknown; turns?: unknown };
      if (typeof row.q === 'string') texts.push(row.q);
      if (Array.isArray(row.turns)) texts.push(...row.turns.filter((t): t is string => typeof t === 'string'));
    }
  }
  return texts;
}
