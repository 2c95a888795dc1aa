/**
 * knowledge/rules/ and knowledge/parameters/: every benefit is there, every number is the one its
 * quote states, and a wrong file stops start-up with one line naming the file and the key.
 */
import { describe, expect, it } from 'vitest';
import { knowledge, KnowledgeError } from '../src/knowledge/index.js';
import { amountPhrases, uncoveredPhrases } from '../src/calculator/coverage.js';
import { runMutations } from '../src/calculator/mutation.js';
import { compileRuleBook, readRuleSources, ruleBook, type RuleSources } from '../src/calculator/rulebook.js';
import { loadCases } from '../src/calculator/selfCheck.js';
import { knowledgeError } from './knowledgeError.js';

const sources = readRuleSources();

/** The sources with one rules file's JSON edited. */
function edited(file: string, edit: (data: any) => void): RuleSources {
  return {
    ...sources,
    rules: sources.rules.map((f) => {
      if (!f.file.endsWith(file)) return f;
      const data = structuredClone(f.data);
      edit(data);
      return { ...f, data };
    }),
  };
}

const loadError = (s: RuleSources): KnowledgeError => knowledgeError(() => compileRuleBook(s));

describe('the rule book', () => {
  const book = ruleBook();

  it('has every benefit the issue lists, clause by clause', () => {
    const count: Record<string, number> = {};
    for (const r of book.rules) count[r.clause] = (count[r.clause] ?? 0) + 1;
    expect(count).toEqual({
      'item-3': 2, 'item-6': 1, 'item-9': 2, 'item-11': 2, 'item-12': 1, 'item-13': 1,
      'item-15': 3, 'item-16': 5, 'item-17': 5, 'item-19': 2,
    });
  });

  it('takes each rule\'s 牵头单位 from its clause', () => {
    for (const r of book.rules) expect(r.lead).toEqual(knowledge().clause(r.clause)!.lead);
  });

  it('marks the open questions the issue names', () => {
    const open = (id: string) => book.rule(id)!.openQuestions.join('');
    expect(open('phd-startup-salary')).toContain('购房补贴');
    expect(open('phd-first-home')).toContain('创业薪酬补贴');
    expect(open('ip-pledge-interest-subsidy')).toMatch(/每笔贷款.*每家企业/);
  });
});

describe('loading rules', () => {
  it('rejects a stored amount its quote does not state, naming file and key', () => {
    const err = loadError(edited('item-17.json', (d) => { d.rules[1].amount.yuan = 36001; }));
    expect(err.message).toMatch(/^knowledge\/rules\/item-17\.json: rules\[1\]\.amount\.yuan: is 36001 but the quote states 3\.6万元/);
  });

  it('rejects a condition threshold its quote does not state', () => {
    const err = loadError(edited('item-17.json', (d) => { d.rules[1].conditions[3].years = 6; }));
    expect(err.message).toContain('rules[1].conditions[3].years');
  });

  it('rejects a quote that is not verbatim in its clause', () => {
    const err = loadError(edited('item-6.json', (d) => { d.rules[0].quote = '对当年新获批的高新技术企业，予以10万元奖励'; }));
    expect(err.message).toBe('knowledge/rules/item-6.json: rules[0].quote: does not occur verbatim in item-6');
  });

  it('rejects a lead unit the clause does not name', () => {
    const err = loadError(edited('item-6.json', (d) => { d.rules[0].lead = ['市财政局']; }));
    expect(err.key).toBe('rules[0].lead');
  });

  it('rejects a fact the Profile does not have, and a value the fact cannot take', () => {
    expect(loadError(edited('item-6.json', (d) => { d.rules[0].conditions[0].fact = 'recognitonKind'; })).key).toBe('rules[0].conditions[0].fact');
    expect(loadError(edited('item-6.json', (d) => { d.rules[0].conditions[0].value = 'highTech'; })).key).toBe('rules[0].conditions[0].value');
  });

  it('rejects a duplicate id and a malformed rule', () => {
    expect(loadError(edited('item-19.json', (d) => { d.rules[1].id = d.rules[0].id; })).key).toBe('rules[1].id');
    expect(loadError(edited('item-19.json', (d) => { delete d.rules[0].amount; })).key).toBe('rules[0].amount');
  });

  it('rejects a benchmark rate its source does not state', () => {
    const params = sources.parameters.map((f) => {
      const data = structuredClone(f.data) as any;
      data.bands[1].percent = 4.85;
      return { ...f, data };
    });
    const err = loadError({ ...sources, parameters: params });
    expect(err.message).toContain('bands[1].percent');
  });
});

describe('coverage of the policy text', () => {
  const k = knowledge();

  it('reads positions that are the same before and after NFKC', () => {
    expect(k.source.normalize('NFKC').length).toBe(k.source.length);
  });

  it('finds the amount-bearing phrases (万元, %, 年, 1:1, 配套, 贴息)', () => {
    const raws = amountPhrases(k.source).map((p) => p.raw);
    expect(raws).toEqual(expect.arrayContaining(['3.6万元', '1:1', '80%', '2年', '5年', '2000万元', '贴息']));
    expect(raws.length).toBeGreaterThanOrEqual(30);
  });

  it('accounts for every one by a rule or a target/budget', () => {
    expect(uncoveredPhrases(k, ruleBook())).toEqual([]);
  });

  it('notices a benefit taken out of the rules', () => {
    const without = edited('item-19.json', (d) => { d.rules.pop(); });
    const gaps = uncoveredPhrases(k, compileRuleBook(without));
    expect(gaps.map((g) => `${g.clause} ${g.raw}`)).toEqual(['item-19 10万元']);
  });
});

describe('mutation check', () => {
  const cases = loadCases(new URL('./cases/calculator.jsonl', import.meta.url).pathname);

  it('kills every change to every number in the rules and parameters data', () => {
    const mutants = runMutations(cases, sources);
    const survivors = mutants.filter((m) => m.killedBy === 'survived');
    console.log(`mutation check: ${mutants.length - survivors.length}/${mutants.length} killed`);
    expect(mutants.length).toBeGreaterThanOrEqual(80);
    expect(survivors).toEqual([]);
  });

  it('kills them with the case table alone, apart from values the schema refuses', () => {
    const mutants = runMutations(cases, sources, false);
    const survivors = mutants.filter((m) => m.killedBy === 'survived');
    console.log(`mutation check, cases alone: ${mutants.length - survivors.length}/${mutants.length} killed`);
    expect(survivors).toEqual([]);
  });
});
