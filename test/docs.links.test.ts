/**
 * The README and docs/ link only files a clone has: a link to ../shared/ or to a file since moved
 * would be a dead end for a new user (issue 13). Web links are left alone (no network in tests).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** Markdown link targets that are paths, without their #anchor. */
function localLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.replace(/#.*$/, ''));
}

describe.each(pages)('%s', (page) => {
  it('links only files inside the repository that exist', () => {
    const text = readFileSync(join(root, page), 'utf8');
    for (const target of localLinks(text)) {
      const path = resolve(root, dirname(page), target);
      expect(relative(root, path), `${page} links ${target}`).not.toMatch(/^\.\./);
      expect(existsSync(path), `${page} links ${target}`).toBe(true);
    }
  });
});
