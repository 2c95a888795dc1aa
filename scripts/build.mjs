#!/usr/bin/env node
/**
 * npm run build (and `prepare`, so `npm install` / `npm ci` in a fresh clone runs it): compiles the
 * command line (adapters/cli/main.ts and everything it imports) into dist/, plain JavaScript that
 * bin/policy-bot.mjs runs in its own process, with no TypeScript loader.
 *
 * - Split into chunks at each dynamic import(), so a command loads only its own code: `ask` never
 *   parses Bolt or Wechaty, and a clause-number answer never parses the model or the search index.
 * - Pure-JavaScript dependencies (zod, fuse.js, opencc-js) are bundled in: resolving and reading
 *   their hundred-odd files one by one was a good part of start-up. Native nodejieba (loaded through
 *   createRequire), and the channel libraries that only `slack` and `wechat` load, stay in
 *   node_modules.
 * - dist/inputs.json lists every project file the bundle was made from (and package-lock.json for
 *   the packages bundled in) with its mtime and size. The bin runs dist/ only while all of them are
 *   unchanged, and the sources through tsx otherwise, so an edit under src/ is never answered by
 *   stale code (see bin/policy-bot.mjs).
 * - Files the code finds beside itself at run time are copied in: jieba's worker thread script; and
 *   made: the sorted jieba dictionary, the words of the clause texts and their conversions to
 *   simplified characters (scripts/prebuilt.ts).
 *   Folders it finds from the project's root (knowledge/, data/) are found through
 *   src/packageRoot.ts, which works from src/ and dist/ alike.
 *
 * Plain JavaScript, so that it runs in `prepare` before anything else is set up.
 */
import { copyFileSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// --out FOLDER (inside the project: the code finds knowledge/ by walking up from itself) is for the
// test that runs a build of its own without touching the dist/ that other tests' bins are using.
const outArg = process.argv.indexOf('--out');
const out = join(root, outArg > 0 ? process.argv[outArg + 1] : 'dist');
/** Copied beside the chunks: jiebaThread.ts starts it from new URL('./jieba.worker.cjs', import.meta.url). */
const BESIDE = ['src/search/jieba.worker.cjs'];
/** Loaded from node_modules at run time (native code, only by the channel commands, or only with REDIS_URL: ioredis is CommonJS requiring node:net, which an ESM bundle cannot). */
const EXTERNAL = ['nodejieba', '@slack/bolt', 'wechaty', 'wechaty-puppet-*', 'qrcode-terminal', 'echarts', 'tsx', 'ioredis'];

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // An install without devDependencies: the bin runs the sources through tsx, as it always could.
  console.warn('policy-bot build: esbuild is not installed; skipped (the bin will run the sources through tsx)');
  process.exit(0);
}

// Built into a folder of its own, then swapped in, so a bin started meanwhile never sees half a build.
const tmp = join(root, `dist.tmp-${process.pid}`);
rmSync(tmp, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { main: 'adapters/cli/main.ts' },
  outdir: tmp,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // Less to parse at start-up; names are kept as written (no mangling), so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
for (const file of BESIDE) copyFileSync(join(root, file), join(tmp, file.split('/').at(-1)));

// What start-up would otherwise work out at every start (scripts/prebuilt.ts): bundled on its own,
// run once here, and not shipped.
const subsetScript = join(tmp, 'prebuilt.mjs');
const subsetBuild = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['scripts/prebuilt.ts'],
  outfile: subsetScript,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  metafile: true,
  logLevel: 'warning',
});
try {
  (await import(pathToFileURL(subsetScript).href)).writePrebuilt(tmp);
} catch (err) {
  // Knowledge that does not load is reported by the bot itself, naming the file and key; the build
  // goes on without these, and the bot works out at start what they would have held.
  console.warn(`policy-bot build: start-up data not prebuilt (${err instanceof Error ? err.message : err})`);
}
rmSync(subsetScript);

// The project's own files; the bundled packages stand behind package-lock.json (an install that
// changes them runs `prepare`, which rebuilds), which keeps the bin's check to a couple of hundred stats.
const inputs = {};
const own = [...new Set([...Object.keys(result.metafile.inputs), ...Object.keys(subsetBuild.metafile.inputs)])].filter((file) => !file.startsWith('node_modules/'));
for (const file of [...own, ...BESIDE, 'bin/policy-bot.mjs', 'scripts/build.mjs', 'package-lock.json']) {
  const path = relative(root, join(root, file)).split('\\').join('/');
  const s = statSync(join(root, path));
  inputs[path] = [s.mtimeMs, s.size];
}
writeFileSync(join(tmp, 'inputs.json'), `${JSON.stringify({ inputs })}\n`);

rmSync(out, { recursive: true, force: true });
mkdirSync(dirname(out), { recursive: true });
renameSync(tmp, out);
console.log(`policy-bot build: ${relative(root, out)}/ from ${Object.keys(inputs).length} files`);
