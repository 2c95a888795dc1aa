import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeError, knowledge } from '../src/knowledge/index.js';
import { loadLexicon } from '../src/knowledge/lexicon.js';
import { knowledgeError } from './knowledgeError.js';

const source = knowledge().source;

/** A scratch copy of knowledge/ with `edit` applied to it. */
function scratch(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}

const loadError = (dir: string): KnowledgeError => knowledgeError(() => loadLexicon(source, dir));

const editJson = (dir: string, edit: (data: any) => void) => {
  const file = join(dir, 'lexicon/synonyms.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, JSON.stringify(data));
};

describe('loadLexicon', () => {
  it('loads the committed lexicon', () => {
    const lex = loadLexicon(source);
    expect(lex.userDict.length).toBeGreaterThan(50);
    expect(lex.synonyms.length).toBeGreaterThan(50);
    expect(lex.stopwords.has('什么')).toBe(true);
  });

  it('names the user dictionary when it is missing, before nodejieba could abort on it', () => {
    const err = loadError(scratch((d) => rmSync(join(d, 'lexicon/userdict.utf8'))));
    expect(err.message).toMatch(/lexicon\/userdict\.utf8: \(top level\): does not exist/);
  });

  it('names the line of a user-dictionary entry that is not "word freq tag"', () => {
    const err = loadError(scratch((d) => appendFileSync(join(d, 'lexicon/userdict.utf8'), '新词 n\n')));
    expect(err.file).toMatch(/userdict\.utf8$/);
    expect(err.key).toMatch(/^line \d+$/);
    expect(err.message).toContain('expected "word freq tag"');
  });

  it('names a word listed twice', () => {
    const err = loadError(scratch((d) => appendFileSync(join(d, 'lexicon/userdict.utf8'), '孵化器 100 n\n')));
    expect(err.message).toContain('"孵化器" is listed twice');
  });

  it('names a synonym term that the policy never uses', () => {
    const err = loadError(scratch((d) => editJson(d, (data) => { data.synonyms[2].terms[0] = '积分落户'; })));
    expect(err.file).toMatch(/synonyms\.json$/);
    expect(err.key).toBe('synonyms[2].terms[0]');
    expect(err.message).toContain('"积分落户" does not occur in policy.txt');
  });

  it('names the key of a synonym entry of the wrong shape', () => {
    const err = loadError(scratch((d) => editJson(d, (data) => { data.synonyms[5].variants = []; })));
    expect(err.key).toBe('synonyms[5].variants');
  });

  it('names a synonyms file that is not JSON', () => {
    const err = loadError(scratch((d) => writeFileSync(join(d, 'lexicon/synonyms.json'), '{ nope')));
    expect(err.message).toMatch(/synonyms\.json: \(top level\): is not valid JSON/);
  });

  it('names the line of a stop-word line holding two words', () => {
    const err = loadError(scratch((d) => appendFileSync(join(d, 'lexicon/stopwords.txt'), '两个 词\n')));
    expect(err.file).toMatch(/stopwords\.txt$/);
    expect(err.key).toMatch(/^line \d+$/);
  });
});
