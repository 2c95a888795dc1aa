/**
 * The question bank (knowledge/bank/*.md, Rasa's Markdown NLU format): example messages for each
 * answer target, with the facts they state marked. Parsed and checked here; the classifier trains on
 * it and the fact readers are tested against its annotations. See knowledge/bank/README.md.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ruleBook } from '../calculator/rulebook.js';
import { ProfileSchema } from '../calculator/profile.js';
import { DEFAULT_KNOWLEDGE_DIR, knowledge } from '../knowledge/index.js';
import { KnowledgeError } from '../knowledge/errors.js';
import { displayName, readJson, readText } from '../knowledge/readJson.js';

export interface Annotation {
  /** The words that state the fact, as they stand in the example's text. */
  words: string;
  /** Where they start in the text. */
  start: number;
  fact: string;
  value: unknown;
}

export interface BankExample {
  target: string;
  /** The message, brackets and annotations removed. */
  text: string;
  annotations: Annotation[];
  split: 'train' | 'dev';
  /** Where it is written: file:line. */
  source: string;
}

export interface Bank {
  examples: readonly BankExample[];
  /** Every target an example may name, with what it is: clause, benefit, or one of targets.json. */
  targets: ReadonlyMap<string, 'clause' | 'benefit' | 'other'>;
}

export const BANK_DIR = 'bank';

const TargetsFileSchema = z.strictObject({ about: z.string(), targets: z.record(z.string(), z.string()) });

const HEADING = /^##\s*target:\s*(\S+)\s*$/;
const ANNOTATION = /\[([^\]]+)\]\(([A-Za-z]+):([^)]*)\)/g;

/** FNV-1a over the text's UTF-16 units: a stable hash, so an example never changes side. */
export function splitOf(text: string): 'train' | 'dev' {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h % 5 === 0 ? 'dev' : 'train';
}

function parseValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** One example line (without its "- ") into its text and annotations. */
export function parseExample(line: string): { text: string; annotations: Annotation[] } {
  const annotations: Annotation[] = [];
  let text = '';
  let last = 0;
  for (const m of line.matchAll(ANNOTATION)) {
    text += line.slice(last, m.index);
    annotations.push({ words: m[1]!, start: text.length, fact: m[2]!, value: parseValue(m[3]!.trim()) });
    text += m[1]!;
    last = m.index! + m[0].length;
  }
  text += line.slice(last);
  return { text: text.trim(), annotations };
}

/** Parses one bank file; `file` names it in errors. Targets and facts are checked by loadBank. */
export function parseBankFile(content: string, file: string): Omit<BankExample, 'split'>[] {
  const out: Omit<BankExample, 'split'>[] = [];
  let target: string | null = null;
  const lines = content.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, '')).split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const heading = HEADING.exec(line);
    if (heading) {
      target = heading[1]!;
      return;
    }
    if (line.startsWith('#')) return;
    if (!line.startsWith('- ')) throw new KnowledgeError(file, `line ${i + 1}`, 'expected "## target:ID" or "- example"');
    if (!target) throw new KnowledgeError(file, `line ${i + 1}`, 'an example before any "## target:ID"');
    const { text, annotations } = parseExample(line.slice(2));
    if (!text) throw new KnowledgeError(file, `line ${i + 1}`, 'an empty example');
    out.push({ target, text, annotations, source: `${file}:${i + 1}` });
  });
  return out;
}

let shared: Bank | undefined;

/** The process-wide bank, loaded and checked on first use. */
export function bank(): Bank {
  shared ??= loadBank();
  return shared;
}

export function loadBank(dir: string = DEFAULT_KNOWLEDGE_DIR): Bank {
  const bankDir = join(dir, BANK_DIR);
  const { targets: others } = readJson(bankDir, 'targets.json', TargetsFileSchema);
  const targets = new Map<string, 'clause' | 'benefit' | 'other'>();
  for (const c of knowledge().clauses) targets.set(c.id, 'clause');
  for (const r of ruleBook().rules) targets.set(r.id, 'benefit');
  for (const t of Object.keys(others)) targets.set(t, 'other');

  const facts = ProfileSchema.shape as Record<string, z.ZodType>;
  const seen = new Map<string, string>();
  const examples: BankExample[] = [];
  const files = readdirSync(bankDir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
  for (const name of files) {
    const file = displayName(bankDir, name);
    for (const e of parseBankFile(readText(bankDir, name), file)) {
      if (!targets.has(e.target)) throw new KnowledgeError(e.source, 'target', `${e.target} is not a clause, a rule or a target of targets.json`);
      for (const a of e.annotations) {
        const schema = facts[a.fact];
        if (!schema) throw new KnowledgeError(e.source, a.fact, 'is not a fact of knowledge/facts.json');
        const ok = schema.safeParse(a.value);
        if (!ok.success) throw new KnowledgeError(e.source, a.fact, `${JSON.stringify(a.value)} is not a value of it (${z.prettifyError(ok.error)})`);
      }
      const before = seen.get(e.text);
      if (before) throw new KnowledgeError(e.source, 'text', `repeats ${before}`);
      seen.set(e.text, e.source);
      examples.push({ ...e, split: splitOf(e.text) });
    }
  }
  return { examples: Object.freeze(examples), targets };
}
