/**
 * The language books (knowledge/language/zh/**, knowledge/lexicon/places.json): every example a
 * book carries is run against its pattern, compiled the way the code compiles it; and a book that is
 * wrong in shape stops loading with a KnowledgeError naming the file and the key.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, knowledge } from '../src/knowledge/index.js';
import { PLACES_BOOK, compiledPatterns, fill, patternEntries, patterns, texts, words } from '../src/knowledge/language.js';
import { createResponder } from '../src/bot.js';
import { loadFacts } from '../src/knowledge/facts.js';
import { FACTS, ProfileSchema } from '../src/calculator/profile.js';
import { knowledgeError } from './knowledgeError.js';

/** Every book on disk that holds patterns: the examples of a book nobody loads still run. */
function books(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json') && 'patterns' in JSON.parse(readFileSync(path, 'utf8'))) {
        found.push(relative(DEFAULT_KNOWLEDGE_DIR, path));
      }
    }
  };
  walk(join(DEFAULT_KNOWLEDGE_DIR, 'language'));
  return [...found, PLACES_BOOK];
}

const cases = books().flatMap((book) => patternEntries(book).flatMap((p) => [
  ...p.match.map((text) => ({ book, name: p.name, text, expected: true, regex: p.regex })),
  ...p.noMatch.map((text) => ({ book, name: p.name, text, expected: false, regex: p.regex })),
]));

describe('language books', () => {
  it('carry examples', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  // A global pattern keeps lastIndex between calls: each example gets a fresh copy.
  it.each(cases.map((c) => [`${c.book} ${c.name} ${c.expected ? 'matches' : 'does not match'} "${c.text}"`, c] as const))('%s', (_title, c) => {
    expect(new RegExp(c.regex.source, c.regex.flags.replace('g', '')).test(c.text)).toBe(c.expected);
  });

  it("name the policy's own city as the issuer of the document does", () => {
    const [here] = words(PLACES_BOOK, ['here']).here;
    expect(knowledge().document.issuer).toContain(here);
  });
});

describe('answering', () => {
  it('compiles no pattern: every book is compiled once, when its reader loads', async () => {
    const respond = createResponder();
    await respond('warm', '你好', { asOf: '2021-06-30' });
    const before = compiledPatterns();
    for (const text of ['我是全日制博士，去年毕业，第一次在盘锦创业', '高企奖励多少', '第十七条', '在沈阳工作', '文号是什么', '谢谢[抱拳]']) {
      await respond('u', text, { asOf: '2021-06-30' });
    }
    expect(before).toBeGreaterThan(100);
    expect(compiledPatterns()).toBe(before);
  });
});

describe('patterns()', () => {
  function withBook(content: object): string {
    const dir = mkdtempSync(join(tmpdir(), 'language-'));
    const path = join(dir, 'language/zh/test.json');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(content));
    mkdirSync(join(dir, 'lexicon'));
    writeFileSync(join(dir, PLACES_BOOK), JSON.stringify({ about: 'places', words: { here: ['甲市'] } }));
    return dir;
  }

  it('expands a word list of the book and of the places, escaped, in order', () => {
    const dir = withBook({ about: 'x', words: { w: ['a.b', '乙'] }, patterns: { p: '在(?:{{here}}|{{w}})' } });
    expect(patterns('language/zh/test.json', ['p'], dir).p.source).toBe('在(?:甲市|a\\.b|乙)');
  });

  it('refuses a name the code asks for that the book lacks', () => {
    const dir = withBook({ about: 'x', patterns: { p: 'a' } });
    expect(knowledgeError(() => patterns('language/zh/test.json', ['p', 'q'], dir)).message).toMatch(/test\.json: patterns\.q: is missing/);
  });

  it('refuses a pattern nobody uses', () => {
    const dir = withBook({ about: 'x', patterns: { p: 'a', stale: 'b' } });
    expect(knowledgeError(() => patterns('language/zh/test.json', ['p'], dir)).message).toMatch(/patterns\.stale: is not used/);
  });

  it('refuses an unknown word list and a broken regular expression', () => {
    const unknown = withBook({ about: 'x', patterns: { p: '{{nowhere}}' } });
    expect(knowledgeError(() => patterns('language/zh/test.json', ['p'], unknown)).message).toMatch(/patterns\.p: names the word list \{\{nowhere\}\}/);
    const broken = withBook({ about: 'x', patterns: { p: '(a' } });
    expect(knowledgeError(() => patterns('language/zh/test.json', ['p'], broken)).message).toMatch(/patterns\.p: is not a valid regular expression/);
  });

  it('fills texts from values and leaves an unknown slot visible', () => {
    const dir = withBook({ about: 'x', texts: { t: '{a}和{b}' } });
    expect(fill(texts('language/zh/test.json', ['t'], dir).t, { a: 1 })).toBe('1和{b}');
  });
});

describe('declared facts (knowledge/facts.json)', () => {
  it('label and ask every fact of the Profile', () => {
    expect(Object.keys(FACTS).sort()).toEqual(Object.keys(ProfileSchema.shape).sort());
  });

  function withFacts(edit: (facts: Record<string, Record<string, unknown>>) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'facts-'));
    const data = JSON.parse(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'facts.json'), 'utf8'));
    edit(data.facts);
    writeFileSync(join(dir, 'facts.json'), JSON.stringify(data));
    return dir;
  }

  it('refuse a missing fact, a kind the schema rejects and an unnamed enum value', () => {
    const missing = withFacts((f) => { delete f.firstHome; });
    expect(knowledgeError(() => loadFacts(ProfileSchema.shape, missing)).message).toMatch(/facts\.firstHome: is missing/);
    const kind = withFacts((f) => { f.firstHome!.kind = 'number'; });
    expect(knowledgeError(() => loadFacts(ProfileSchema.shape, kind)).message).toMatch(/facts\.firstHome\.kind/);
    const value = withFacts((f) => { (f.degree!.values as Record<string, string>).postdoc = '博士后'; });
    expect(knowledgeError(() => loadFacts(ProfileSchema.shape, value)).message).toMatch(/facts\.degree\.values\.postdoc: is not a value/);
  });
});
