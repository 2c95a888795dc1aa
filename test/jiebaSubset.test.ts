/**
 * A first answer's jieba loads only the dictionary words of its texts (src/search/jiebaSubset.ts,
 * jiebaSubsetThread.ts). It must cut, cut for search and tag exactly as the whole dictionary does:
 * checked against nodejieba loaded with the whole dictionary, on the questions of the case sets and
 * the policy's clauses, with words inserted as the segmenter inserts them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSubsetArtefacts } from '../scripts/prebuilt.js';
import { jiebaDictionaries } from '../src/knowledge/jiebaDictionaries.js';
import { SortedDictionary, dictionaryStats, sortDictionary, subsetDictionary, subsetMayCut } from '../src/search/jiebaSubset.js';
import { readSubsetArtefacts, SubsetJieba } from '../src/search/jiebaSubsetThread.js';
import { filesOf, openJiebaThread } from '../src/search/jiebaThread.js';

const SLOW = 180_000;
const files = filesOf(jiebaDictionaries());
const dictText = readFileSync(files.dict, 'utf8');
const stats = dictionaryStats(dictText);

/** Every 7th question of the case sets (some 1,500), and a few that test the edges. */
function questions(): string[] {
  const dir = new URL('./cases/', import.meta.url);
  const texts = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl') && !f.includes('blind'))) {
    for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as { q?: string; turns?: string[]; text?: string };
      for (const t of [c.q, c.text, ...(c.turns ?? [])]) if (typeof t === 'string') texts.add(t);
    }
  }
  return [...texts].filter((_, i) => i % 7 === 0).concat(['院士專家工作站是怎麼規定的', 'ABC 123 第１７條 r&d', '俺是博仕，买房有房补不', '😀博士😀', '']);
}

describe('subsetDictionary', () => {
  it('keeps the whole dictionary\'s total, lowest and median frequency, whatever lines it holds', () => {
    const all = dictText.split('\n').filter(Boolean);
    for (const lines of [[], all.slice(0, 1), all.slice(0, 3000), all.filter((_, i) => i % 50 === 0), all.filter((l) => / 2 /.test(l)).slice(0, 500)]) {
      const subset = dictionaryStats(subsetDictionary(lines, stats));
      expect({ total: subset.total, minFreq: subset.minFreq, medianFreq: subset.medianFreq }).toEqual({ total: stats.total, minFreq: stats.minFreq, medianFreq: stats.medianFreq });
    }
  });
});

describe('SortedDictionary', () => {
  const sorted = new SortedDictionary(sortDictionary(dictText), stats);

  it('finds every word of the dictionary, and nothing else', () => {
    for (const line of dictText.split('\n').filter((_, i) => i % 97 === 0 && _)) expect(sorted.lineOf(line.split(' ')[0]!)).toBe(line);
    for (const w of ['', '博仕', 'zzzz', '\uFFFF', '院士专家工作站x']) expect(sorted.lineOf(w), w).toBeUndefined();
  });

  it('lists the dictionary words that occur in a text', () => {
    const words = sorted.linesIn('院士专家工作站').map((l) => l.split(' ')[0]);
    expect(words).toEqual(expect.arrayContaining(['院士', '专家', '工作站', '工作']));
    expect(words.every((w) => '院士专家工作站'.includes(w!))).toBe(true);
  });
});

describe('a subset of the dictionary', () => {
  const whole = openJiebaThread(files);
  const out = mkdtempSync(join(tmpdir(), 'policy-bot-subset-'));
  afterAll(() => {
    whole.close();
    rmSync(out, { recursive: true, force: true });
  });
  // As the segmenter inserts them before its first cut (src/search/segment.ts).
  const inserted = [['房补', '院士工作站', '博士后工作站']];
  whole.call('insertWords', inserted[0]);
  const cuts = (call: <T>(name: 'cut' | 'cutForSearch' | 'tag', ...args: unknown[]) => T, text: string) =>
    [call('cut', text, true), call('cutForSearch', text, true), call('tag', text)];

  it('cuts, cuts for search and tags each text as the whole dictionary does, given only that text\'s words', () => {
    const sorted = new SortedDictionary(sortDictionary(dictText), stats);
    const texts = questions().filter((_, i) => i % 10 === 0);
    for (const text of texts) {
      writeFileSync(join(out, 'one.utf8'), subsetDictionary(sorted.linesIn(text), stats));
      const one = openJiebaThread({ ...files, dict: join(out, 'one.utf8') }, true);
      try {
        one.call('insertWords', inserted[0]);
        expect(cuts(one.call, text), text).toEqual(cuts(whole.call, text));
      } finally {
        one.close();
      }
    }
  }, SLOW);

  it('as the build prepares it, grows for texts it did not foresee, and cuts them all as the whole dictionary does', () => {
    writeSubsetArtefacts(out);
    const found = readSubsetArtefacts(files, out);
    expect(found).toBeDefined();
    const texts = questions();
    const subset = new SubsetJieba(files, found!.artefact, found!.dictionary, texts.slice(0, 1));
    try {
      for (const text of texts) {
        expect(subset.prepare(text, inserted)).toBe(subsetMayCut(text));
        if (subsetMayCut(text)) expect(cuts((name, ...args) => subset.call(name, ...args), text), text).toEqual(cuts(whole.call, text));
      }
      // The clause texts themselves, which the build foresaw.
      for (const text of found!.artefact.corpus.split('\n').slice(0, 20)) {
        expect(subset.prepare(text, inserted)).toBe(true);
        expect(cuts((name, ...args) => subset.call(name, ...args), text)).toEqual(cuts(whole.call, text));
      }
    } finally {
      subset.close();
    }
  }, SLOW);

  it('is not used for a text holding its placeholder words or a lone surrogate', () => {
    expect(subsetMayCut('博士\uFDD0')).toBe(false);
    expect(subsetMayCut('博士\uD800')).toBe(false);
    expect(subsetMayCut('博士😀')).toBe(true);
  });

  it('is not made from a dictionary changed since the build', () => {
    expect(readSubsetArtefacts({ ...files, dict: join(out, 'other.utf8') }, out)).toBeUndefined();
    const artefact = JSON.parse(readFileSync(join(out, 'jieba-subset.json'), 'utf8'));
    artefact.dictionary.size += 1;
    writeFileSync(join(out, 'jieba-subset.json'), JSON.stringify(artefact));
    expect(readSubsetArtefacts(files, out)).toBeUndefined();
  });
});
