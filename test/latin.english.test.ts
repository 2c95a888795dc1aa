/**
 * Issue 14, English understanding: English (and English inside Chinese) is read into the Chinese
 * words the readers know, so it reaches the same clause, facts and amounts; numbers and units as
 * written in English; a conversation held in English keeps being read as English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { parseBankFile } from '../src/bank/index.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/dir.js';
import { readEnglish } from '../src/latin/english.js';
import { readLatin } from '../src/latin/read.js';
import { answersTarget } from '../src/model/answers.js';

const AS_OF = '2021-06-30';
const respond = createResponder();
let users = 0;
const ask = (text: string) => respond(`e${users++}`, text, { asOf: AS_OF });

const EN_BANK = join(DEFAULT_KNOWLEDGE_DIR, 'bank', 'en');
const examples = readdirSync(EN_BANK).filter((f) => f.endsWith('.md') && f !== 'README.md')
  .flatMap((f) => parseBankFile(readFileSync(join(EN_BANK, f), 'utf8'), `bank/en/${f}`));

// The first English message loads wink-nlp's model, and the first answer jieba and the model.
beforeAll(() => {
  ask('How much is the home purchase subsidy for a PhD?');
  readEnglish('incubators');
}, 180_000);

describe('readEnglish', () => {
  it('reads numbers and units as written in English', () => {
    expect(readEnglish('2 million yuan').text).toBe('200万元');
    expect(readEnglish('RMB 120,000').text).toBe('12万元');
    expect(readEnglish('18 months').text).toBe('18个月');
    expect(readEnglish('three years').text).toBe('3年');
    expect(readEnglish('4.35%').text).toBe('4.35%');
    expect(readEnglish('Article 17').text).toBe('第17条');
    expect(readEnglish('part two section three').text).toBe('第二部分第3项');
  });
  it('puts a time, "first" and a place before their verb, as Chinese says them', () => {
    expect(readEnglish('I graduated last year').text).toBe('我去年毕业');
    expect(readEnglish('I bought my first home in Yingkou').text).toContain('在营口买房');
    expect(readEnglish('started a business in Panjin for the first time').text).toBe('第一次在盘锦创业');
  });
  it('matches the policy\'s names on their stems, hyphens or not', () => {
    expect(readEnglish('incubators').text).toBe('孵化器');
    expect(readEnglish('high tech enterprises').text).toBe(readEnglish('high-tech enterprise').text);
  });
});

describe('readLatin', () => {
  it('reads a mixed message with English words as English', () => {
    const r = readLatin('PhD 购房补贴 how much');
    expect(r?.language).toBe('en');
    expect(r?.text).toBe('博士购房补贴多少');
  });
  it('leaves Chinese with only a name in letters to the Chinese readers', () => {
    expect(readLatin('PhD购房补贴多少')).toBeNull();
    expect(readLatin('研发经费占GDP比重目标是多少')).toBeNull();
  });
  it('reads a bare number as English in an English conversation, and not otherwise', () => {
    expect(readLatin('2', 'en')?.language).toBe('en');
    expect(readLatin('2')).toBeNull();
  });
});

describe('English answers reach the same clause and amounts as Chinese', () => {
  it('gives the PhD home purchase subsidy', () => {
    const a = ask('How much is the home purchase subsidy for a PhD?');
    expect(a.citations[0]).toBe('item-17');
    expect(a.amounts.map((x) => x.yuan)).toContain(120000);
    expect(a.outOfScope).toBe(false);
  });
  it('computes a patent pledge loan interest subsidy from English figures as from Chinese ones', () => {
    const en = ask('Interest subsidy for an IP pledge loan of 5 million yuan, one year, rate 4.35%');
    const zh = ask('知识产权质押贷款500万元，1年，利率4.35%，贴息多少');
    expect(en.amounts).toEqual(zh.amounts);
    expect(en.amounts.length).toBeGreaterThan(0);
  });
  it('understands follow-up answers in English', () => {
    const user = 'e-follow';
    const first = respond(user, "I'm a PhD, what subsidies can I get?", { asOf: AS_OF });
    expect(first.followUp.length).toBeGreaterThan(0);
    const steps = ['yes, full-time', 'I graduated in 2020', 'I started a business in Panjin for the first time in 2021'];
    const last = steps.map((t) => respond(user, t, { asOf: AS_OF })).at(-1)!;
    expect(last.amounts.some((x) => x.entitlement === 'phd-startup-salary' && !x.conditional)).toBe(true);
  });
  it('rules a benefit out on facts said in English', () => {
    const a = ask("I'm a full-time PhD, newly settled and working in Panjin, but I bought my home in Yingkou. Home purchase subsidy?");
    expect(a.amounts.some((x) => x.entitlement === 'phd-first-home')).toBe(false);
  });
  it('refuses English about a subject the policy lacks, though the Chinese it reads into keeps only grammar', () => {
    for (const q of ['how much is medical insurance per month', 'I want to sue my employer', 'can I get a driving license with a foreign license',
      'which hospital in Panjin has english speaking doctors', 'what time is it']) {
      const a = ask(q);
      expect(a.outOfScope, q).toBe(true);
      expect(a.language, q).toBe('en');
      expect(a.amounts, q).toEqual([]);
    }
  });
  it('keeps item 17\'s help with entry-exit documents for introduced talent in scope, and a visa as such out', () => {
    const service = ask('does the policy help our introduced talent with visas?');
    expect(service.outOfScope).toBe(false);
    expect(service.citations[0]).toBe('item-17');
    expect(service.amounts).toEqual([]);
    expect(ask('how can my wife get a residence visa').outOfScope).toBe(true);
  });
  it('rules benefits out on English statements of a local hukou, or of being an employee', () => {
    const local = ask('I am a local, born and raised in Panjin, full time PhD, work here, bought first house here. housing subsidy?');
    expect(local.amounts.some((x) => x.entitlement === 'phd-first-home')).toBe(false);
    expect(local.answer).toMatch(/not eligible|do not meet/);
    const employee = ask("I'm an employee at Liaohe oilfield, full-time PhD 2020. startup salary subsidy?");
    expect(employee.amounts.some((x) => x.entitlement === 'phd-startup-salary')).toBe(false);
    const master = ask("I'm a masters grad, can I get the phd housing subsidy?");
    expect(master.amounts.some((x) => x.entitlement === 'phd-first-home')).toBe(false);
    const partTime = ask('national leading talent working here part-time, no labour contract. annual salary subsidy?');
    expect(partTime.amounts.some((x) => x.entitlement === 'national-leading-talent-salary')).toBe(false);
  });
  it('never calls an English policy question out of scope: the English bank routes at least 90% right', () => {
    expect(examples.length).toBeGreaterThanOrEqual(200);
    const wrong = examples.filter((e) => !answersTarget(e.target, ask(e.text)));
    expect(wrong.length / examples.length, wrong.map((e) => `${e.target}: ${e.text}`).join('\n')).toBeLessThanOrEqual(0.1);
    const refused = examples.filter((e) => !e.target.startsWith('oos:') && ask(e.text).outOfScope);
    expect(refused.map((e) => e.text)).toEqual([]);
  });
});
