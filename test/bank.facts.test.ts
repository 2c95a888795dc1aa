/**
 * The bank trains and tests the fact readers (issue 11, §4): every fact annotated in any bank example
 * (`[房子在营口买的](buyingHomeInPanjin:false)`) must be read, with that value, by the understanding
 * stage's stated facts, the message taken alone at the start of a conversation. Examples the readers
 * do not read yet are listed by text in test/cases/fact-misses.json; a listed one that starts passing
 * fails the test too, so the list only shrinks, and it never names an example the bank no longer has.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bank, type BankExample } from '../src/bank/index.js';
import { understand } from '../src/understand/index.js';

/** Relative years in the examples ("今年", "去年") are read against this day. */
const AS_OF = '2026-06-30';

interface Misses { about: string; asOf: string; misses: { text: string; why?: string }[] }
const listed: Misses = JSON.parse(readFileSync(new URL('./cases/fact-misses.json', import.meta.url), 'utf8'));

/** What the readers got wrong in one example: "fact: want X, read Y" for each annotation missed. */
function misreadings(e: BankExample): string[] {
  const stated = understand(e.text, { asOf: AS_OF, topic: null, pending: [] }).facts.stated as Record<string, unknown>;
  return e.annotations
    .filter((a) => stated[a.fact] !== a.value)
    .map((a) => `${a.fact}: want ${JSON.stringify(a.value)}, read ${JSON.stringify(stated[a.fact])} (“${a.words}”)`);
}

describe('the bank\'s annotated facts, read by the fact readers', () => {
  const annotated = bank().examples.filter((e) => e.annotations.length);
  const results = annotated.map((e) => ({ e, wrong: misreadings(e) }));
  const missed = new Set(listed.misses.map((m) => m.text));

  it('reads the date the list was made against', () => {
    expect(listed.asOf).toBe(AS_OF);
  });

  it('reads every annotated fact, apart from the listed misses', () => {
    const unlisted = results.filter((r) => r.wrong.length && !missed.has(r.e.text));
    expect(unlisted.map((r) => `${r.e.source} ${r.e.text} → ${r.wrong.join('; ')}`)).toEqual([]);
  });

  it('lists no miss the readers now read, so the list only shrinks', () => {
    const read = results.filter((r) => !r.wrong.length && missed.has(r.e.text));
    expect(read.map((r) => `${r.e.source} ${r.e.text}: read now; remove it from test/cases/fact-misses.json`)).toEqual([]);
  });

  it('lists only annotated examples of the bank, each once', () => {
    const texts = new Set(annotated.map((e) => e.text));
    expect(listed.misses.filter((m) => !texts.has(m.text)).map((m) => m.text)).toEqual([]);
    expect(listed.misses.length).toBe(missed.size);
  });

  it('reads most of them', () => {
    const read = results.filter((r) => !r.wrong.length).length;
    // Printed for the note: how much of the bank's annotation the readers settle today.
    console.log(`bank facts: ${read}/${results.length} annotated examples read, ${results.length - read} listed as misses`);
    expect(results.length).toBeGreaterThan(0);
  });
});
