import { describe, expect, it } from 'vitest';
import { clauseSearch, termsOf } from '../src/search/index.js';

const search = clauseSearch();

describe('clauseNumber', () => {
  it.each([
    ['第十七条', 'item-17'], ['17条', 'item-17'], ['第17條', 'item-17'], ['第１７条', 'item-17'],
    ['第十七项讲什么', 'item-17'], ['第二十一条', 'item-21'], ['第1条', 'item-1'], ['第一条', 'item-1'],
    ['第二部分第（三）项', 'sec-2.3'], ['二、（三）', 'sec-2.3'], ['第三部分第二项', 'sec-3.2'], ['item-5', 'item-5'],
  ])('reads %s as %s', (query, id) => {
    expect(search.clauseNumber(query)).toBe(id);
  });

  it.each(['第22条', '一条龙服务', '第一次创业', '第24次常务会议', '2021年', '第四部分（一）', ''])(
    'finds no clause in %j', (query) => {
      expect(search.clauseNumber(query)).toBeNull();
    },
  );
});

describe('clauseNumber, every item in every form', () => {
  const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const chinese = (n: number) => (n < 10 ? CN[n]! : `${n >= 20 ? CN[Math.floor(n / 10)] : ''}十${CN[n % 10]}`);
  const fullWidth = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  const items = Array.from({ length: 21 }, (_, i) => i + 1);
  it.each(items)('item %i', (n) => {
    for (const q of [`第${n}条`, `${n}条`, `第${chinese(n)}条`, `第${n}條`, `第${chinese(n)}條`, `第${fullWidth(n)}条`, `第 ${n} 项`]) {
      expect([q, search.clauseNumber(q)]).toEqual([q, `item-${n}`]);
    }
  });
});

describe('search', () => {
  it('puts a clause named by number first, via number', () => {
    const [first] = search.search('第17條講什麼');
    expect(first).toMatchObject({ clauseId: 'item-17', via: 'number' });
  });

  it('ranks best first and respects the limit', () => {
    const hits = search.search('孵化器奖励', { limit: 3 });
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(hits[0]!.clauseId).toBe('item-19');
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('returns the sentence that matched', () => {
    const [first] = search.search('博士买首套房补贴多少');
    expect(first!.clauseId).toBe('item-17');
    expect(first!.sentence).toContain('12万元购房补贴');
  });

  it('corrects typos through the fuzzy vocabulary', () => {
    const [first] = search.search('购方补贴');
    expect(first).toMatchObject({ clauseId: 'item-17', via: 'fuzzy' });
  });

  it('returns nothing for text the policy never speaks of', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('？？？')).toEqual([]);
    expect(search.search('hello world')).toEqual([]);
  });

  it('reports low coverage when most of the question is elsewhere', () => {
    // 签证 is read as 出入境证件 (item-17), but 出国旅游 is not what the policy speaks of.
    expect(search.search('出国旅游签证怎么办')[0]!.coverage).toBeLessThan(0.5);
    // 保险 alone is in item-13; 养老保险 is not.
    expect(search.search('养老保险怎么交')[0]!.coverage).toBeLessThan(0.5);
    expect(search.search('众创空间有奖励吗')[0]!.coverage).toBe(1);
  });

  it('does not count question glue against coverage', () => {
    expect(search.search('孵化器奖励找哪个部门')[0]!.coverage).toBe(1);
    expect(search.search('新落户盘锦的全日制博士，在盘锦上班，买第一套房能补多少')[0]!.coverage).toBeGreaterThan(0.6);
  });
});

describe('spellCorrect', () => {
  it('replaces typos with the word they were read as', () => {
    expect(search.spellCorrect('博仕购房补贴')).toBe('博士购房补贴');
    expect(search.spellCorrect('购方补贴多少')).toBe('购房补贴多少');
    expect(search.spellCorrect('院仕工作站')).toBe('院士工作站');
    expect(search.spellCorrect('知识产权质压贷款')).toBe('知识产权质押贷款');
  });

  it('does not rewrite with a near word of another length', () => {
    expect(search.spellCorrect('院士专家工做站')).toBe('院士专家工做站');
  });

  it('leaves words jieba knows alone, even when no clause uses them', () => {
    expect(search.spellCorrect('今天股市怎么样')).toBe('今天股市怎么样');
    expect(search.spellCorrect('第17條')).toBe('第17条');
  });
});

describe('termsOf', () => {
  it('expands synonyms to the policy terms', () => {
    expect(termsOf('高企')).toContain('高新技术企业');
    expect(termsOf('院士工作站')).toContain('院士专家工作站');
    expect(termsOf('双创')).toEqual(expect.arrayContaining(['众创空间', '孵化器']));
  });
});

describe('splitSentences', () => {
  it('splits at 。 and ； but keeps the unit list whole', async () => {
    const { splitSentences } = await import('../src/search/sentences.js');
    const text = '19.加强建设。对国家级的，予以20万元奖励；对省级的，予以10万元奖励。（牵头单位：市科技局；责任单位：各县区政府）\n';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '19.加强建设。', '对国家级的，予以20万元奖励；', '对省级的，予以10万元奖励。', '（牵头单位：市科技局；责任单位：各县区政府）',
    ]);
  });
});

describe('robustness', () => {
  it('answers 10,000 characters of text without error', () => {
    const hits = search.search('我想问一下博士购房补贴的事情，'.repeat(700));
    expect(hits[0]!.clauseId).toBe('item-17');
  });

  it('takes emoji, Latin, digits and stray brackets in its stride', () => {
    expect(() => search.search('😀👍 孵化器 ((（（ 】【 <script> 12345678901234567890')).not.toThrow();
    expect(search.search('😀 孵化器奖励 👍')[0]!.clauseId).toBe('item-19');
  });
});

describe('parseNumeral', () => {
  it.each([['七', 7], ['十', 10], ['十七', 17], ['二十', 20], ['二十一', 21], ['两', 2], ['17', 17]] as const)(
    'reads %s as %i', async (s, n) => {
      const { parseNumeral } = await import('../src/search/index.js');
      expect(parseNumeral(s)).toBe(n);
    },
  );

  it.each(['', '十十', '一二', '百', 'x'])('reads %j as nothing', async (s) => {
    const { parseNumeral } = await import('../src/search/index.js');
    expect(parseNumeral(s)).toBeNull();
  });
});

describe('Bm25Index', () => {
  it('ranks a heading match above the same word in a body, and never scores below zero', async () => {
    const { Bm25Index } = await import('../src/search/bm25.js');
    const index = new Bm25Index(
      [{ heading: ['孵化器'], body: ['奖励'] }, { heading: ['奖励'], body: ['孵化器', '奖励'] }, { heading: ['其他'], body: ['其他'] }],
      { k1: 1.2, fields: { heading: { weight: 3, b: 0.3 }, body: { weight: 1, b: 0.75 } } },
    );
    const scores = index.score([{ term: '孵化器', weight: 1 }]);
    expect(scores.get(0)!).toBeGreaterThan(scores.get(1)!);
    expect(scores.has(2)).toBe(false);
    expect(index.idf('奖励')).toBeGreaterThan(0);
  });
});
