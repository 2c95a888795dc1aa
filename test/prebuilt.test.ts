/**
 * What the build works out once for every start (scripts/prebuilt.ts): OpenCC's conversions of the
 * texts the clause index normalises at start-up, so that a question in simplified characters does
 * not load OpenCC. They must be OpenCC's own output, and cover every conversion the index makes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeConversions } from '../scripts/prebuilt.js';
import { knowledge } from '../src/knowledge/index.js';
import { createClauseSearch } from '../src/search/clauseSearch.js';
import { CONVERTED_FILE, conversionsDuring, toSimplified } from '../src/search/simplifiedChars.js';

describe('the prebuilt conversions to simplified characters', () => {
  const out = mkdtempSync(join(tmpdir(), 'policy-bot-prebuilt-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  writeConversions(out);
  const pairs = JSON.parse(readFileSync(join(out, CONVERTED_FILE), 'utf8')) as [string, string][];

  it('are OpenCC\'s own', () => {
    expect(pairs.length).toBeGreaterThan(0);
    // From src/ there is no prebuilt file beside the module, so this is OpenCC converting.
    for (const [text, simplified] of pairs) expect(toSimplified(text)).toBe(simplified);
  });

  it('cover every conversion the clause index makes while it is built', () => {
    const made = conversionsDuring(() => createClauseSearch(knowledge()));
    expect(made.length).toBeGreaterThan(0);
    const known = new Map(pairs);
    for (const [text, simplified] of made) expect(known.get(text), text).toBe(simplified);
  }, 120_000);
});
