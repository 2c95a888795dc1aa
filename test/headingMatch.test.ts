import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { bank } from '../src/bank/index.js';
import { knowledge } from '../src/knowledge/index.js';
import { HeadingMatcher } from '../src/search/headingMatch.js';
import { normalize } from '../src/search/normalize.js';

/** What HeadingMatcher did before it skipped headings: one fuse over every heading, every time. */
function everyHeading(headings: readonly string[]): (pattern: string) => [number, number][] {
  const fuse = new Fuse(headings.map((heading, doc) => ({ doc, heading })), {
    keys: ['heading'], includeScore: true, threshold: 0.3, ignoreLocation: true, minMatchCharLength: 2,
  });
  return (pattern) => {
    if (pattern.length < 3 || pattern.length > 32) return [];
    return fuse.search(pattern).map((r) => [r.item.doc, 1 - (r.score ?? 1) / 0.3]);
  };
}

describe('HeadingMatcher.match', () => {
  const headings = knowledge().clauses.map((c) => normalize(c.heading).toLowerCase());
  const matcher = new HeadingMatcher(headings);
  const reference = everyHeading(headings);

  it('finds a misspelt heading, closest first', () => {
    const [first] = matcher.match('院士专家工作站建设');
    expect(first).toBeDefined();
    expect(headings[first![0]]).toContain('院士');
  });

  it('gives what one fuse over every heading gives, for every question of the bank', () => {
    const patterns = bank().examples.map((e) => normalize(e.text).toLowerCase());
    // Headings cut and misspelt too: the patterns that do match something.
    for (const h of headings) patterns.push(h.slice(1), h.slice(0, -2), `${h.slice(0, 3)}激${h.slice(4)}`, h.split('').reverse().join(''));
    let matched = 0;
    for (const p of patterns) {
      const found = [...matcher.match(p)];
      expect([p, found]).toEqual([p, reference(p)]);
      if (found.length) matched++;
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('gives what one fuse over every heading gives, on any text', () => {
    // A small alphabet, so that patterns and headings share characters as often as not.
    const text = (min: number, max: number) => fc.array(fc.constantFrom(...'abc院士工作站补贴'), { minLength: min, maxLength: max }).map((a) => a.join(''));
    fc.assert(fc.property(fc.array(text(1, 14), { minLength: 1, maxLength: 8 }), text(0, 36), (hs, p) => {
      expect([...new HeadingMatcher(hs).match(p)]).toEqual(everyHeading(hs)(p));
    }), { numRuns: 2000 });
  });
});
