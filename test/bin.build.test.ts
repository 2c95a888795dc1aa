/**
 * bin/policy-bot.mjs runs the compiled dist/ only while it is as new as its sources, and the
 * sources through tsx otherwise (issue 13, "a one-process start"). Checked on a small project of
 * its own in a temporary folder: the real bin, a dist/ and an adapters/cli/main.ts that each say
 * which one ran, and the real node_modules.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('..', import.meta.url));
let project: string;

function write(path: string, text: string): void {
  mkdirSync(join(project, path, '..'), { recursive: true });
  writeFileSync(join(project, path), text);
}

/** dist/inputs.json as scripts/build.mjs writes it, for the files given. */
function recordInputs(files: string[]): void {
  const inputs = Object.fromEntries(files.map((f) => {
    const s = statSync(join(project, f));
    return [f, [s.mtimeMs, s.size]];
  }));
  write('dist/inputs.json', JSON.stringify({ inputs }));
}

function whichRan(): string {
  const run = spawnSync(process.execPath, [join(project, 'bin/policy-bot.mjs')], { cwd: project, encoding: 'utf8', timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'policy-bot-bin-'));
  cpSync(join(repo, 'bin'), join(project, 'bin'), { recursive: true });
  cpSync(join(repo, 'tsconfig.json'), join(project, 'tsconfig.json'));
  symlinkSync(join(repo, 'node_modules'), join(project, 'node_modules'), 'dir');
  write('package.json', JSON.stringify({ type: 'module' }));
  write('src/said.ts', "export const said: string = 'sources';\n");
  write('adapters/cli/main.ts', "import { said } from '../../src/said.js';\nconsole.log(said);\n");
  write('dist/main.js', "console.log('dist');\n");
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe('bin/policy-bot.mjs', () => {
  it('runs dist/ while every file it was built from is unchanged', () => {
    recordInputs(['src/said.ts', 'adapters/cli/main.ts']);
    expect(whichRan()).toBe('dist');
  });

  it('runs the sources through tsx once a source is edited after the build', () => {
    recordInputs(['src/said.ts', 'adapters/cli/main.ts']);
    const later = new Date(Date.now() + 5000);
    utimesSync(join(project, 'src/said.ts'), later, later);
    expect(whichRan()).toBe('sources');
  });

  it('runs the sources when a file the build read is gone', () => {
    write('src/gone.ts', 'export {};\n');
    recordInputs(['src/said.ts', 'src/gone.ts']);
    rmSync(join(project, 'src/gone.ts'));
    expect(whichRan()).toBe('sources');
  });

  it('runs the sources when there is no build', () => {
    rmSync(join(project, 'dist'), { recursive: true, force: true });
    expect(whichRan()).toBe('sources');
  });
});

describe('scripts/build.mjs', () => {
  const out = `dist.tmp-test-${process.pid}`;
  afterAll(() => rmSync(join(repo, out), { recursive: true, force: true }));

  it('compiles a command line that answers as the sources do, finding knowledge/ and jieba from its own folder', () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
    expect(build.status, build.stderr).toBe(0);
    // A clause number, an entitlement, and free text (which starts nodejieba on its own thread
    // from the worker script copied beside the chunks).
    const input = ['第十七条', '博士购房补贴多少', '院士专家工作站是怎么规定的', '我是全日制博士，去年毕业']
      .map((text) => JSON.stringify({ user: 'u1', text })).join('\n') + '\n';
    const ask = (args: string[], cwd: string) => spawnSync(process.execPath, [...args, 'ask', '--jsonl', '--as-of', '2021-06-30'], { cwd, input, encoding: 'utf8', timeout: 120_000 });
    // The compiled one from another working directory: it finds its files from where it lies.
    const compiled = ask([join(repo, out, 'main.js')], tmpdir());
    const sources = ask(['--import', 'tsx', 'adapters/cli/main.ts'], repo);
    expect(compiled.status, compiled.stderr).toBe(0);
    expect(sources.status, sources.stderr).toBe(0);
    expect(compiled.stdout.trim().split('\n')).toHaveLength(4);
    expect(compiled.stdout).toBe(sources.stdout);
  }, 240_000);
});
