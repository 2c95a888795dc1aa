/**
 * Near-misses: money questions about things the policy names but sets no amount for. The answer
 * cites the clause, lists no amount, and says plainly what money the clause sets, from data only.
 */
import { describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { knowledge } from '../src/knowledge/index.js';
import { rule as ruleById } from '../src/calculator/index.js';
import { noAmountNote } from '../src/dialogue/intents/noAmount.js';
import { findClauses, subjectOf } from '../src/dialogue/clauseFinder.js';
import { benefitsNamed, isMoneyWord } from '../src/dialogue/benefits.js';
import { extractFacts } from '../src/dialogue/facts/extract.js';

const asOf = '2021-06-30';
const ask = (text: string) => createResponder()('u', text, { asOf });

describe('noAmountNote', () => {
  it('says a clause without rules sets no amount', () => {
    expect(noAmountNote('item-4', [], '产业技术创新联盟有补贴吗')).toBe('第4条没有规定补贴或奖励金额。');
    expect(noAmountNote('sec-3.3', [], '工作协同有补贴吗')).toBe('第三部分第3项（强化工作协同）没有规定补贴或奖励金额。');
  });

  it('quotes the only amounts a clause sets when the question named none of them', () => {
    expect(noAmountNote('item-6', [], '科技型中小企业有奖励吗'))
      .toBe('第6条规定的奖励只有：“对当年新获批的高新技术企业，一次性予以10万元奖励”。');
  });

  it('says nothing when the question named one of the clause\'s rules', () => {
    expect(noAmountNote('item-6', ['high-tech-enterprise'], '高企有奖励吗')).toBeNull();
  });

  it('quotes a quote once even when two rules share it or one holds the other', () => {
    const note = noAmountNote('item-17', [], '第17条有什么补贴')!;
    expect(note.match(/“/g)).toHaveLength(3);
    expect(note).toContain('国家级领军人才10万元/年');
    expect(noAmountNote('item-16', [], '第16条有钱吗')!.match(/20万元、50万元、100万元/g)).toHaveLength(1);
  });

  it('quotes help in kind as what the clause does give, and money of unstated size likewise', () => {
    const item11 = noAmountNote('item-11', [], '第11条有补贴吗')!;
    expect(item11).toMatch(/^第11条没有规定补贴或奖励金额；它规定的支持是：/);
    expect(item11).toContain('“为入园成果转化项目免费提供2年标准化厂房”');
    expect(noAmountNote('item-12', [], '第12条给多少钱')).toContain('为项目提供基金入股支持');
  });

  it('says the clause is silent on fees only when its text is', () => {
    expect(noAmountNote('item-5', [], '企业家培训免费吗')).toBe('第5条没有规定补贴或奖励金额，也没有规定是否收费。');
    expect(noAmountNote('item-11', [], '厂房免费吗')).not.toContain('收费');
  });

  it('quotes only words of the clause itself, for every clause', () => {
    for (const clause of knowledge().clauses) {
      const note = noAmountNote(clause.id, [], '有补贴吗')!;
      for (const [, quote] of note.matchAll(/“([^”]*)”/g)) expect(clause.text.replace(/\s+/g, '')).toContain(quote!.replace(/\s+/g, ''));
      expect(note).not.toMatch(/不能享受|不符合/);
    }
  });
});

describe('money words and the subject of a money question', () => {
  it('tells words that are only money words from words that contain one', () => {
    for (const w of ['补贴', '奖励', '奖金', '多少钱', '交钱', '收费']) expect(isMoneyWord(w), w).toBe(true);
    for (const w of ['购房补贴', '院士专家工作站', '建站', '励']) expect(isMoneyWord(w), w).toBe(false);
  });

  it('drops the money words and keeps the subject', () => {
    const s = subjectOf('院士专家工作站建站补贴多少');
    expect(s).toContain('院士专家工作站');
    expect(s).not.toContain('补贴');
    expect(subjectOf('那有补贴吗')).toBe('');
    // 奖多少 is the lexicon's synonym for 奖励: a money word too.
    expect(subjectOf('产业技术创新联盟政府奖多少钱')).not.toContain('奖');
  });

  it('judges a money question\'s coverage on its subject', () => {
    expect(findClauses('院士专家工作站建站补贴多少', 1)).toEqual([]);
    expect(findClauses('院士专家工作站建站补贴多少', 1, false, true)[0]?.clauseId).toBe('item-2');
    // A money word matching a clause that grants money does not make the question about it.
    expect(findClauses('买车有补贴吗', 1, false, true)).toEqual([]);
  });

  it('does not read 创业大赛 as the PhD start-up salary, nor a zone\'s level as a recognition', () => {
    const known = (id: string) => ruleById(id) !== undefined;
    expect(benefitsNamed('参加创新创业大赛有奖金吗', known)).not.toContain('phd-startup-salary');
    // item-19 names the “双创”示范基地 but rewards only 孵化器 and 众创空间.
    expect(benefitsNamed('“双创”示范基地有奖励吗', known)).toEqual([]);
    expect(benefitsNamed('双创空间有奖励吗', known)).toContain('national-incubator');
    expect(extractFacts('建设国家级特色高新区有资金扶持吗', asOf).recognitionLevel).toBeUndefined();
    expect(extractFacts('我们是国家级孵化器', asOf).recognitionLevel).toBe('national');
  });
});

describe('respond() on near-misses', () => {
  it('answers 院士专家工作站建站补贴多少 from item-2, with no amount, saying none is set', () => {
    const a = ask('院士专家工作站建站补贴多少');
    expect(a.outOfScope).toBe(false);
    expect(a.citations[0]).toBe('item-2');
    expect(a.amounts).toEqual([]);
    expect(a.answer).toContain('第2条没有规定补贴或奖励金额。');
    expect(a.answer).toContain('以院士专家工作站建设为载体');
    expect(a.answer).toContain('牵头单位：市科协');
  });

  it('names item-6\'s only reward for 科技型中小企业 and grants nothing', () => {
    const a = ask('科技型中小企业有奖励吗');
    expect(a.citations[0]).toBe('item-6');
    expect(a.amounts).toEqual([]);
    expect(a.answer).toContain('第6条规定的奖励只有：“对当年新获批的高新技术企业，一次性予以10万元奖励”。');
  });

  it('still gives the amount when the question names the clause\'s benefit', () => {
    const a = ask('新获批的高新技术企业奖励多少');
    expect(a.amounts.map((x) => x.yuan)).toContain(100000);
    expect(a.answer).not.toContain('只有');
  });

  it('reads a bare money follow-up against the clause just looked up', () => {
    const respond = createResponder();
    respond('u', '产业技术创新联盟是怎么规定的', { asOf });
    const a = respond('u', '那有补贴吗', { asOf });
    expect(a.citations[0]).toBe('item-4');
    expect(a.answer).toContain('第4条没有规定补贴或奖励金额。');
  });

  it('adds nothing to a clause lookup that does not ask about money', () => {
    expect(ask('产业技术创新联盟是怎么规定的').answer).not.toContain('没有规定');
  });
});
