/**
 * Issue 10's shape of the code, kept: the language lives in knowledge/, not in TypeScript, and no
 * file of the core names the policy's city, 文号 or title (they come from knowledge/document.json).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../src/knowledge/index.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(SRC, f));
const CJK = /[\u3400-\u9fff]/g;
/** Lines that are comments: // …, /* …, and the * lines of a doc comment. */
const COMMENT = /^\s*(?:\/\/|\/\*|\*)/;

describe('the core (src/)', () => {
  it('keeps fewer than 1,000 CJK characters in code outside comments', () => {
    const count = files.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n')
      .filter((line) => !COMMENT.test(line))
      .reduce((m, line) => m + (line.match(CJK)?.length ?? 0), 0), 0);
    expect(count).toBeLessThan(1000);
  });

  it('names neither the city, the 文号 nor the title anywhere', () => {
    const doc = knowledge().document;
    const places = JSON.parse(readFileSync(new URL('../knowledge/lexicon/places.json', import.meta.url), 'utf8')) as { words: { here: string[] } };
    const words = [...places.words.here, doc.docNumber, doc.title];
    expect(words.every((w) => w.length > 0)).toBe(true);
    const naming = files.filter((f) => words.some((w) => readFileSync(f, 'utf8').includes(w)));
    expect(naming.map((f) => f.slice(SRC.length))).toEqual([]);
  });
});
