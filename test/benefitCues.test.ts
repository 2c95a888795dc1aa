import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRules } from '../src/calculator/index.js';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeError } from '../src/knowledge/index.js';
import { BENEFIT_CUES, loadBenefitCues } from '../src/knowledge/benefitCues.js';
import { benefitsNamed, broadCue, moneyCue } from '../src/dialogue/benefits.js';
import { knowledgeError } from './knowledgeError.js';

const ids = new Set(listRules().map((r) => r.id));
const known = (id: string) => ids.has(id);
const committed = () => JSON.parse(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, BENEFIT_CUES), 'utf8'));

/** A scratch knowledge dir holding only the cue file, edited; the loader reads nothing else. */
function scratch(edit: (data: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'cues-'));
  mkdirSync(join(dir, 'lexicon'));
  const data = committed();
  edit(data);
  writeFileSync(join(dir, BENEFIT_CUES), JSON.stringify(data));
  return dir;
}

const loadError = (dir: string): KnowledgeError => knowledgeError(() => loadBenefitCues(known, dir));

describe('loadBenefitCues', () => {
  it('loads the committed cues, one entry per named rule, every one a rule of the book', () => {
    const cues = loadBenefitCues(known);
    expect(cues.benefits.length).toBeGreaterThan(20);
    expect(cues.benefits.every((b) => ids.has(b.rule))).toBe(true);
  });

  it('names file and key of a pattern that is not a regular expression', () => {
    const err = loadError(scratch((d) => { d.benefits[2].when[1].all[1] = '全职|(合同'; }));
    expect(err.file).toMatch(/lexicon\/benefit-cues\.json$/);
    expect(err.key).toBe('benefits[2].when[1].all[1]');
    expect(err.message).toContain('is not a valid regular expression');
  });

  it('names a bad money pattern', () => {
    const err = loadError(scratch((d) => { d.money[3] = '[奖'; }));
    expect(err.key).toBe('money[3]');
  });

  it('names a rule id the rule book does not have', () => {
    const err = loadError(scratch((d) => { d.benefits[0].rule = 'phd-startup-salery'; }));
    expect(err.key).toBe('benefits[0].rule');
    expect(err.message).toContain('"phd-startup-salery" is not a rule id');
  });

  it('names a rule listed twice', () => {
    const err = loadError(scratch((d) => { d.benefits.push(d.benefits[1]); }));
    expect(err.message).toContain('is listed twice');
  });

  it('names a reference to a group that does not exist', () => {
    const err = loadError(scratch((d) => { d.benefits[0].when[3].all[0] = '@wages'; }));
    expect(err.key).toBe('benefits[0].when[3].all[0]');
    expect(err.message).toContain('group "wages"');
  });

  it('refuses an alternative with only "none", which would name the benefit in every message', () => {
    const err = loadError(scratch((d) => { d.benefits[0].when[0] = { none: ['海外'] }; }));
    expect(err.key).toBe('benefits[0].when[0]');
  });

  it('names the file when it is not JSON', () => {
    const dir = scratch(() => {});
    writeFileSync(join(dir, BENEFIT_CUES), '{ "money": [');
    expect(loadError(dir).message).toMatch(/benefit-cues\.json: \(top level\): is not valid JSON/);
  });
});

describe('benefitsNamed', () => {
  it('reads all / any / none: 团队 names every tier until a tier is said', () => {
    expect(benefitsNamed('创新团队有什么支持', known)).toEqual(['team-priority', 'team-key', 'team-special']);
    expect(benefitsNamed('团队重点支持给多少', known)).toEqual(['team-key']);
  });

  it('an alternative\'s none excludes only that alternative: 创业 with 海外 is the overseas benefit', () => {
    expect(benefitsNamed('海外人才创业启动资金', known)).toEqual(['overseas-talent-startup']);
    expect(benefitsNamed('博士工资补贴', known)).toEqual(['phd-startup-salary']);
  });

  it('names nothing in a message about no benefit', () => {
    expect(benefitsNamed('第17条讲什么', known)).toEqual([]);
  });

  it('money and broad cues', () => {
    expect(moneyCue('能拿多少')).toBe(true);
    expect(moneyCue('第三条讲什么')).toBe(false);
    expect(broadCue('有哪些补贴？')).toBe(true);
    expect(broadCue('博士购房补贴多少')).toBe(false);
  });
});
