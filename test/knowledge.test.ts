import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClauseTree } from '../src/knowledge/clauseTree.js';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeError, loadKnowledge } from '../src/knowledge/index.js';
import { PUBLISHED_POLICY, read } from './sharedCopies.js';
import { knowledgeError } from './knowledgeError.js';

const seed = read(PUBLISHED_POLICY.local);

/** A scratch copy of knowledge/ with one file rewritten by `edit`. */
function brokenCopy(file: string, edit: (data: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(data);
  writeFileSync(join(dir, file), JSON.stringify(data));
  return dir;
}

const loadError = (dir: string): KnowledgeError => knowledgeError(() => loadKnowledge(dir));

describe('knowledge/policy.txt', () => {
  const k = loadKnowledge();

  it('is the published text with only the [bookmark: …] debris removed', () => {
    expect(k.source).not.toContain('[bookmark');
    expect(k.source).toBe(seed.replace(/\[bookmark: [^\]]*\]/g, ''));
  });

  it('is reproduced byte for byte by the clause texts and part headings, in order', () => {
    const pieces: string[] = [];
    for (const clause of k.clauses) {
      const part = k.parts.find((p) => p.before === clause.id);
      if (part) pieces.push(part.text);
      pieces.push(clause.text);
    }
    expect(pieces.join('')).toBe(k.source);
  });
});

describe('knowledge/clauses.json', () => {
  const k = loadKnowledge();

  it('is what scripts/build-clauses.ts derives from the text', () => {
    const committed = JSON.parse(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'clauses.json'), 'utf8'));
    expect(committed).toEqual(buildClauseTree(k.source));
  });

  it('has the 34 clause ids of the contract, in document order', () => {
    const ids = k.clauses.map((c) => c.id);
    expect(ids).toHaveLength(34);
    expect(ids.slice(0, 4)).toEqual(['notice', 'preamble', 'sec-1.1', 'sec-1.2']);
    for (let n = 1; n <= 21; n++) expect(ids).toContain(`item-${n}`);
    for (const s of ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '3.1', '3.2', '3.3']) expect(ids).toContain(`sec-${s}`);
  });

  it('gives each numbered task its heading, section, 牵头单位 and 责任单位', () => {
    const item17 = k.clause('item-17')!;
    expect(item17.heading).toBe('优化提升人才服务');
    expect(item17.parent).toBe('sec-2.5');
    expect(item17.lead).toEqual(['市委组织部', '市人力资源社会保障局', '市科技局']);
    expect(item17.responsible).toEqual(['各县区政府', '经济区管委会']);
    expect(k.clause('item-2')!.lead).toEqual(['市科协']);
    expect(k.clause('item-18')!.responsible).toEqual(['辽东湾新区管委会', '盘锦高新技术产业开发区管委会']);
    for (const c of k.clauses.filter((c) => c.kind === 'item')) {
      expect(c.lead.length, c.id).toBeGreaterThan(0);
      expect(c.parent, c.id).toMatch(/^sec-2\.[1-6]$/);
    }
  });

  it('is frozen, so no caller can change the shared policy', () => {
    expect(Object.isFrozen(k.clause('item-1'))).toBe(true);
    expect(Object.isFrozen(k.clauses)).toBe(true);
  });
});

describe('knowledge/document.json and targets.json', () => {
  const k = loadKnowledge();

  it('carries the document facts', () => {
    expect(k.document.docNumber).toBe('盘政办发〔2019〕29号');
    expect(k.document.meeting).toBe('市政府八届第24次常务会议');
    expect(k.document.issued.date).toBe('2019-07-04');
    expect(k.document.period).toMatchObject({ from: '2019-07-04', to: '2021-12-31' });
  });

  it('holds the targets each clause sets', () => {
    const target = k.targets.find((t) => t.clause === 'item-1');
    expect(target).toMatchObject({ value: 18, unit: '家' });
  });
});

describe('loadKnowledge on a malformed file', () => {
  it('names the file and key of a value of the wrong type', () => {
    const dir = brokenCopy('clauses.json', (d) => { d.clauses[5].lead = '市科技局'; });
    const err = loadError(dir);
    expect(err.message).toMatch(/clauses\.json: clauses\[5\]\.lead: /);
    expect(err.message.split('\n')).toHaveLength(1);
  });

  it('names the key of a missing field', () => {
    const dir = brokenCopy('document.json', (d) => { delete d.docNumber; });
    expect(loadError(dir).message).toMatch(/document\.json: docNumber: /);
  });

  it('counts the numbered tasks from the clauses', () => {
    expect(loadKnowledge().itemCount).toBe(21);
  });

  it('rejects items that skip a number, whatever their count', () => {
    const dir = brokenCopy('clauses.json', (d) => { d.clauses = d.clauses.filter((c: { id: string }) => c.id !== 'item-7'); });
    expect(loadError(dir).message).toMatch(/clauses\.json: clauses\[\d+\]: item-8 numbered 8: expected item-7/);
  });

  it('rejects a target whose number differs from its quote', () => {
    const dir = brokenCopy('targets.json', (d) => { d.targets[10].value = 19; });
    expect(loadError(dir).message).toMatch(/targets\.json: targets\[10\]\.value: is 19 but the quote says 18/);
  });

  it('rejects a document fact that the notice does not say', () => {
    const dir = brokenCopy('document.json', (d) => { d.meeting = '市政府八届第25次常务会议'; });
    expect(loadError(dir).message).toMatch(/document\.json: meeting: /);
  });

  it('rejects a file that is not JSON', () => {
    const dir = brokenCopy('targets.json', () => {});
    writeFileSync(join(dir, 'targets.json'), '{ not json');
    expect(loadError(dir).message).toMatch(/targets\.json: \(top level\): is not valid JSON/);
  });
});
