/**
 * `policy-bot calc --help` and docs/calc.md: the profile format is documented, names every fact the
 * calculator reads, and its example runs.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run as calc } from '../adapters/cli/commands/calc.js';
import { FACT_NAMES, FACTS } from '../src/calculator/index.js';

let out = '';
let err = '';
function capture(): void {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err += String(s); return true; });
}
afterEach(() => { vi.restoreAllMocks(); });

/** The arguments of the help's example line, as a shell would split them. */
function exampleArgs(help: string): string[] {
  const line = help.split('\n').find((l) => l.trim().startsWith('policy-bot calc --'))!;
  return [...line.trim().matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(2);
}

describe('policy-bot calc --help', () => {
  it('prints the usage, every fact of the profile with its values, and exits 0', async () => {
    capture();
    expect(await calc(['--help'])).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^Usage: policy-bot calc --json/);
    for (const name of FACT_NAMES) expect(out).toMatch(new RegExp(`^  ${name} +${FACTS[name].label}: `, 'm'));
    expect(out).toContain('"doctorate" | "master"');
  });

  it('gives an example that runs and finds the benefit it illustrates eligible', async () => {
    capture();
    await calc(['--help']);
    const args = exampleArgs(out);
    expect(args).toContain('--json');
    capture();
    expect(await calc(args)).toBe(0);
    expect(out).toContain('[符合] 第17条 全日制博士首次在盘创业薪酬补贴 (phd-startup-salary)');
  });

  it('points to --help when the profile is missing', async () => {
    capture();
    expect(await calc([])).toBe(2);
    expect(err).toContain('calc --help');
  });
});

describe('docs/calc.md', () => {
  const doc = readFileSync(new URL('../docs/calc.md', import.meta.url), 'utf8');

  it('names every fact of the profile and no other', () => {
    const named = [...doc.matchAll(/^\| `([a-zA-Z]+)` \|/gm)].map((m) => m[1]);
    expect(named.sort()).toEqual([...FACT_NAMES].sort());
  });
});
