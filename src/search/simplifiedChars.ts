/**
 * Which characters can make OpenCC's traditional → simplified conversion change a text, so that
 * normalize() loads OpenCC only for a text that holds one (a fifth of a megabyte of tables to
 * parse and a trie of 5,000 entries to build: tens of milliseconds of a clause-number answer that
 * never needed them).
 *
 * Why skipping is exact: the conversion (OpenCC's hk → cn) runs a chain of dictionaries, each
 * replacing the longest key found at each position; a text that contains no key of any of them
 * comes out unchanged. A key can occur only where each of its characters does, so one character of
 * every key (its "witness") is enough: a text holding no witness holds no key. Every one-character
 * key is its own witness, and a longer key usually contains one of those (覆 in 反覆); the few
 * that do not get their rarest character in the policy text.
 *
 * knowledge/lexicon/simplified-witnesses.txt is witnessChars() of the installed opencc-js; a test
 * checks that it still is. To rebuild:
 *   npx tsx -e "import('./src/search/simplifiedChars.ts').then((m) => m.writeWitnessChars())"
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/dir.js';

export const WITNESS_FILE = 'lexicon/simplified-witnesses.txt';

/** OpenCC's converter as normalize() makes it, loaded on first use. */
export type Convert = (text: string) => string;

interface OpenCC {
  Converter(options: { from: string; to: string }): Convert;
  Locale: { configs: Record<string, { normalizationChain?: string[][]; segmentation?: string[]; conversionChain: string[][] }> };
}

/** 'hk' → 'cn': see normalize.ts for why not 'tw'. */
const FROM = 'hk';
const CONFIG = 'hk2s';

function opencc(): OpenCC {
  return createRequire(import.meta.url)('opencc-js/t2cn') as OpenCC;
}

let converter: Convert | undefined;

/**
 * The policy's own texts that hold a witness, converted by the build (scripts/prebuilt.ts) and
 * kept beside the compiled chunks, so that building the clause index at start-up does not load
 * OpenCC for a question in simplified characters. Keyed by the exact text: another text, or a
 * policy edited since the build, is converted as always. None when running from src/.
 */
export const CONVERTED_FILE = 'simplified.json';
let converted: Map<string, string> | undefined;
let recording: Map<string, string> | undefined;

function prebuilt(): Map<string, string> {
  if (!converted) {
    try {
      converted = new Map(JSON.parse(readFileSync(new URL(`./${CONVERTED_FILE}`, import.meta.url), 'utf8')) as [string, string][]);
    } catch {
      converted = new Map();
    }
  }
  return converted;
}

/** The converter, built on first call. */
export function toSimplified(text: string): string {
  const known = prebuilt().get(text);
  if (known !== undefined) return known;
  converter ??= opencc().Converter({ from: FROM, to: 'cn' });
  const out = converter(text);
  recording?.set(text, out);
  return out;
}

/** The conversions made while `work` runs, by OpenCC itself (for the build: see CONVERTED_FILE). */
export function conversionsDuring(work: () => void): [string, string][] {
  converted = new Map();
  recording = new Map();
  try {
    work();
    return [...recording];
  } finally {
    recording = undefined;
    converted = undefined;
  }
}

/** One witness character of every key of every dictionary the hk → cn conversion uses, sorted. */
export function witnessChars(policy: string): string {
  const config = opencc().Locale.configs[CONFIG]!;
  const dictionaries = new Set([...(config.normalizationChain ?? []).flat(), ...(config.segmentation ?? []), ...config.conversionChain.flat()]);
  const keys = [...dictionaries].flatMap((d) => d.split('|').map((entry) => entry.split(' ')[0]!)).filter(Boolean);
  const witnesses = new Set(keys.filter((k) => [...k].length === 1));
  const seen = new Map<string, number>();
  for (const ch of policy) seen.set(ch, (seen.get(ch) ?? 0) + 1);
  for (const key of keys) {
    const chars = [...key];
    if (chars.some((ch) => witnesses.has(ch))) continue;
    // The rarest in the policy, so that the policy's own text rarely needs OpenCC; ties: the first.
    witnesses.add(chars.reduce((a, b) => ((seen.get(b) ?? 0) < (seen.get(a) ?? 0) ? b : a)));
  }
  return [...witnesses].sort().join('');
}

/** Rewrites knowledge/lexicon/simplified-witnesses.txt from the installed opencc-js. */
export function writeWitnessChars(dir: string = DEFAULT_KNOWLEDGE_DIR): void {
  writeFileSync(join(dir, WITNESS_FILE), `${witnessChars(readFileSync(join(dir, 'policy.txt'), 'utf8'))}\n`);
}

let witnesses: Set<number> | undefined;

/** Whether `text` holds a character the conversion could change (read from the shipped file once). */
export function mayChangeToSimplified(text: string): boolean {
  witnesses ??= new Set([...readFileSync(join(DEFAULT_KNOWLEDGE_DIR, WITNESS_FILE), 'utf8').trim()].map((ch) => ch.codePointAt(0)!));
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (witnesses.has(code)) return true;
  }
  return false;
}
