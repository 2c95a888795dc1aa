import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/index.js';
import { loadBank, parseExample, splitOf } from '../src/bank/index.js';

/** A copy of knowledge/ whose bank holds only the given file. */
function bankWith(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bank-'));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.md') || !src.includes('/bank/') });
  writeFileSync(join(dir, 'bank', 'x.md'), content);
  return dir;
}

describe('the question bank', () => {
  it('loads, every example naming a known target, with both splits used', () => {
    const b = loadBank();
    expect(b.examples.length).toBeGreaterThan(0);
    for (const e of b.examples) expect(b.targets.has(e.target)).toBe(true);
  });

  it('reads annotations out of the text', () => {
    const e = parseExample('俺是[全日制博士](degree:doctorate)，[没开公司](founder:false)');
    expect(e.text).toBe('俺是全日制博士，没开公司');
    expect(e.annotations).toEqual([
      { words: '全日制博士', start: 2, fact: 'degree', value: 'doctorate' },
      { words: '没开公司', start: 8, fact: 'founder', value: false },
    ]);
  });

  it('splits by the text alone, so the split is stable', () => {
    expect(splitOf('博士来盘锦买房有补贴吗')).toBe(splitOf('博士来盘锦买房有补贴吗'));
    const sides = new Set(Array.from({ length: 50 }, (_, i) => splitOf(`例子${i}`)));
    expect(sides).toEqual(new Set(['train', 'dev']));
  });

  it('refuses an unknown target, a bad fact value, an unknown fact and a repeat, naming the line', () => {
    expect(() => loadBank(bankWith('## target:item-99\n- 啥\n'))).toThrow(/x\.md:2.*item-99/);
    expect(() => loadBank(bankWith('## target:item-17\n- [博士](degree:phd)\n'))).toThrow(/x\.md:2.*degree/);
    expect(() => loadBank(bankWith('## target:item-17\n- [博士](nosuchFact:true)\n'))).toThrow(/nosuchFact/);
    expect(() => loadBank(bankWith('## target:item-17\n- 啥\n- 啥\n'))).toThrow(/x\.md:3.*repeats/);
    expect(() => loadBank(bankWith('- 啥\n'))).toThrow(/before any/);
  });
});
