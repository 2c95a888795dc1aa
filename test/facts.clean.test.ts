/**
 * clean() checks only the facts a message states (a direct test for yes/no and choice facts) instead
 * of parsing the whole Profile schema each turn. It must give exactly what the schema's own parse
 * gives: the same facts, in the same order, and on anything the schema rejects, the same drops.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProfileSchema, type Profile } from '../src/calculator/profile.js';
import { clean } from '../src/dialogue/facts/extract.js';

/** What clean() did before: the whole schema's parse, and on failure the bad keys dropped. */
function bySchema(facts: Partial<Profile>): Partial<Profile> {
  const parsed = ProfileSchema.safeParse(facts);
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return Object.fromEntries(Object.entries(facts).filter(([k]) => !bad.has(k))) as Partial<Profile>;
}

/** Keys and their order, with undefined values shown (toEqual would not tell a key set to undefined from none). */
const shown = (facts: object) => Object.entries(facts).map(([k, v]) => [k, v === undefined ? '(undefined)' : v]);

const keys = Object.keys(ProfileSchema.shape);
const value = fc.oneof(
  fc.boolean(), fc.constant(undefined), fc.integer({ min: -5, max: 5_000_000 }), fc.double({ min: -1, max: 200, noNaN: true }),
  fc.constantFrom('doctorate', 'master', 'national', 'provincial', 'nationalLeading', '2020', '2019-06', '2020-02-30', 'yes', ''),
  fc.string({ maxLength: 6 }),
);
const facts = fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.constantFrom('unknownFact', 'constructor')), value, { maxKeys: 5 });

describe('clean', () => {
  it('keeps what the schema accepts, in the schema order, and drops what it rejects', () => {
    fc.assert(fc.property(facts, (f) => {
      expect(shown(clean(f as Partial<Profile>))).toEqual(shown(bySchema(f as Partial<Profile>)));
    }), { numRuns: 500 });
  });

  it('orders a message\'s facts as the schema lists them', () => {
    expect(Object.keys(clean({ fullTime: true, degree: 'doctorate' }))).toEqual(['degree', 'fullTime']);
  });

  it('drops a fact whose value the schema rejects, keeping the others', () => {
    expect(clean({ degree: 'astronaut' as Profile['degree'], fullTime: true })).toEqual({ fullTime: true });
    expect(clean({ graduationDate: '2020-02-30', fullTime: false })).toEqual({ fullTime: false });
  });
});
