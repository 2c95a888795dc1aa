import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { knowledge } from '../src/knowledge/index.js';
import { pruneJiebaDict, stockDictPath } from '../src/search/jiebaDict.js';
import { lexicon, segment } from '../src/search/segment.js';

// The policy's own terms, each of which must stay one word (issue 2: "a test shows it").
const DOMAIN_TERMS = [
  '兴辽英才', '产校地企融', '院士专家工作站', '众创空间', '高新技术企业', '科技型中小企业', '首套住房',
  '薪酬补贴', '知识产权质押', '天使投资基金', '产业技术研究院', '产业技术创新联盟', '企业技术中心',
  '工程技术研究中心', '孵化器', '加速器', '购房补贴', '创业启动资金', '事业单位编制', '牵头单位',
  '责任单位', '创新型领军企业', '风险投资基金', '国家级领军人才', '国际级顶尖人才', '高层次人才',
  '创新创业团队', '人才公寓', '子女入学', '出入境证件', '全日制博士研究生', '市人力资源社会保障局',
];

describe('segment', () => {
  it.each(DOMAIN_TERMS)('keeps %s as one word', (term) => {
    expect(segment(term)).toEqual([term]);
  });

  it('keeps every user-dictionary word whole', () => {
    const split = lexicon().userDict.map((e) => e.word).filter((w) => segment(w).length !== 1);
    expect(split).toEqual([]);
  });

  it('finds the domain terms inside sentences', () => {
    expect(segment('新落户的全日制博士买首套住房有购房补贴吗')).toEqual(
      expect.arrayContaining(['全日制博士', '首套住房', '购房补贴']),
    );
    expect(segment('院士专家工作站和众创空间')).toEqual(['院士专家工作站', '和', '众创空间']);
  });

  it('normalises first: full-width digits stay one number, traditional text finds simplified words', () => {
    expect(segment('第１７條')).toEqual(['第', '17', '条']);
    expect(segment('購房補貼')).toEqual(['购房补贴']);
  });

  it('returns nothing for empty or invisible input', () => {
    expect(segment('')).toEqual([]);
    expect(segment('\u200b\u200c')).toEqual([]);
  });
});

describe('knowledge/lexicon/jieba.dict.utf8', () => {
  it('is the installed jieba dictionary pruned as src/search/jiebaDict.ts says', () => {
    const stock = readFileSync(stockDictPath(), 'utf8');
    const committed = readFileSync(lexicon().dictPath, 'utf8');
    expect(committed === pruneJiebaDict(stock, knowledge().source)).toBe(true);
  });
});
