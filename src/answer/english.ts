/**
 * An answer in English (issue 14). The turn builds it with the English message catalogue (every
 * sentence frame is English); what the frames are filled with is the policy's data, in Chinese:
 * benefit titles, conditions, units, fact labels and questions, clause headings. This pass puts
 * those in English from knowledge/language/en/policy.json, in every line, follow-up question and
 * option, leaving verbatim quotes (in “…”) in Chinese, and adds beside them the English gist of
 * each clause quoted, with a line saying the Chinese text governs. The plain `answer` is then made
 * again from the parts, so the text, Slack and WeChat all show the same English.
 */
import { z } from 'zod';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/dir.js';
import { readJson } from '../knowledge/readJson.js';
import { inLanguage } from '../knowledge/speaking.js';
import { clauseName } from './format.js';
import { ENGLISH_MESSAGES_FILE, loadMessages, MESSAGE_NAMES, MESSAGES_FILE, say as sayMessage } from './messages.js';
import { line, type AnswerParts, type Inline } from './parts.js';
import { partsText } from './render/text.js';
import type { Answer } from './types.js';

export const ENGLISH_POLICY = 'language/en/policy.json';

const PolicySchema = z.strictObject({
  about: z.string(),
  clauses: z.record(z.string(), z.strictObject({ heading: z.string().min(1), gist: z.string().min(1) })),
  units: z.record(z.string(), z.string().min(1)),
  rules: z.record(z.string(), z.strictObject({ title: z.string().min(1), conditions: z.record(z.string(), z.string().min(1)) })),
  facts: z.record(z.string(), z.strictObject({
    label: z.string().min(1), question: z.string().min(1), yes: z.string().optional(), no: z.string().optional(),
    values: z.record(z.string(), z.string()).optional(),
  })),
  phrases: z.record(z.string(), z.string().min(1)),
});

export type EnglishPolicy = z.infer<typeof PolicySchema>;

let policy: EnglishPolicy | undefined;
let glossary: { pattern: RegExp; words: Map<string, string>; sentences: RegExp | null } | undefined;

export function englishPolicy(dir: string = DEFAULT_KNOWLEDGE_DIR): EnglishPolicy {
  policy ??= readJson(dir, ENGLISH_POLICY, PolicySchema);
  return policy;
}

/** Chinese data → English, from the clauses' headings, units, rules, facts and phrases. */
function theGlossary(chinese: EnglishSources) {
  if (glossary) return glossary;
  const p = englishPolicy();
  const words = new Map<string, string>();
  const put = (zh: string | undefined, en: string | undefined) => {
    if (zh && en && !words.has(zh)) words.set(zh, en);
  };
  for (const [zh, en] of Object.entries(p.phrases)) put(zh, en);
  // Whole sentences of the catalogue that the code keeps from its first reading (help.ts's texts),
  // written in Chinese before any English turn: each is put in English as a whole.
  const zhTexts = loadMessages(DEFAULT_KNOWLEDGE_DIR, MESSAGES_FILE);
  const enTexts = loadMessages(DEFAULT_KNOWLEDGE_DIR, ENGLISH_MESSAGES_FILE);
  for (const name of MESSAGE_NAMES) if (!zhTexts[name].includes('{') && zhTexts[name].length > 8) put(zhTexts[name], enTexts[name]);
  for (const [zh, en] of Object.entries(p.units)) put(zh, en);
  for (const [id, rule] of Object.entries(p.rules)) {
    put(chinese.titles.get(id), rule.title);
    for (const [zh, en] of Object.entries(rule.conditions)) put(zh, en);
  }
  for (const [id, c] of Object.entries(p.clauses)) put(chinese.headings.get(id), c.heading);
  for (const [name, f] of Object.entries(p.facts)) {
    const zh = chinese.facts.get(name);
    if (!zh) continue;
    put(zh.question, f.question);
    put(zh.yes, f.yes);
    put(zh.no, f.no);
    for (const [value, en] of Object.entries(f.values ?? {})) put(zh.values?.[value], en);
    put(zh.label, f.label);
  }
  const escape = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const keys = [...words.keys()].sort((a, b) => b.length - a.length).map(escape);
  // The bot's own sentences that quote a word of the policy (是否算“新列入”): put in English whole,
  // before the text is cut at its quotes, which would leave them in pieces.
  const quoting = [...words.keys()].filter((k) => /[“”]/.test(k)).sort((a, b) => b.length - a.length).map(escape);
  glossary = { pattern: new RegExp(keys.join('|'), 'g'), words, sentences: quoting.length ? new RegExp(quoting.join('|'), 'g') : null };
  return glossary;
}

export interface EnglishSources {
  headings: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
  facts: ReadonlyMap<string, { label: string; question: string; yes?: string; no?: string; values?: Readonly<Record<string, string>> }>;
}

/** The answer in English: see the file's comment. `sources` are the Chinese data the glossary keys on. */
export function inEnglish(answer: Answer, sources: EnglishSources): Answer {
  return inLanguage('en', () => {
    const g = theGlossary(sources);
    // Outside “…” only: a quote of the policy stays as the policy says it.
    const say = (text: string): string => quotePieces(g.sentences ? text.replace(g.sentences, (zh) => g.words.get(zh) ?? zh) : text).map((piece) => (piece.startsWith('“') ? piece : piece.replace(g.pattern, (zh) => g.words.get(zh) ?? zh))).join('');
    // A section named with its heading (第二部分第5项（…）) is named with the English heading.
    const inline = (p: Inline): Inline => (typeof p === 'string' ? say(p) : p.heading ? { ...p, heading: englishPolicy().clauses[p.clause]?.heading ?? say(p.heading) } : p);
    const old = answer.parts ?? { lines: [line('text', answer.answer)], citations: [], validity: null };
    // A clause printed whole on a line of its own (a section's tasks, a part's sections) is the
    // policy's text: quoted as it stands, never glossed word by word into a mix of both languages.
    const policyText = (l: (typeof old.lines)[number]) => l.kind === 'clause' && l.text.length === 1 && typeof l.text[0] === 'string' && !l.text[0].startsWith('“');
    const lines = old.lines.map((l) => (policyText(l)
      ? { ...l, text: [sayMessage('quotedClause', { body: l.text[0] as string })] }
      : { ...l, text: l.text.map(inline), ...(l.conditions ? { conditions: l.conditions.map(say) } : {}) }));
    const quoting = lines.some((l) => l.text.some((p) => typeof p === 'string' && p.includes('“')));
    if (quoting && old.citations.length) {
      const p = englishPolicy();
      for (const c of old.citations) {
        const gist = p.clauses[c.id]?.gist;
        if (gist) lines.push(line('text', [{ clause: c.id }, ` in English (gist): ${gist}`]));
      }
      lines.push(line('text', 'The quotes above are the policy\'s own words in Chinese; the Chinese text governs, and the English is a summary.'));
    }
    const p = englishPolicy();
    const unit = (u: string) => p.units[u] ?? u;
    const parts: AnswerParts = {
      lines,
      citations: old.citations.map((c) => ({ ...c, name: clauseName(c.id, p.clauses[c.id]?.heading), lead: c.lead.map(unit), responsible: c.responsible.map(unit) })),
      // On a line of its own: the Chinese note may follow a sentence directly, an English one may not.
      validity: old.validity ? { lead: old.validity.lead.map(unit) } : null,
    };
    const english: Answer = {
      ...answer,
      answer: partsText(parts, answer.validity),
      followUp: answer.followUp.map(say),
      ...(answer.clarify ? { clarify: answer.clarify.map((o) => ({ ...o, label: say(o.label) })) } : {}),
      language: 'en',
    };
    delete english.parts;
    return Object.defineProperty(english, 'parts', { value: parts, enumerable: false, writable: false });
  });
}

/**
 * The text cut into quoted pieces (“…”, whole, with any “…” nested inside them, as the policy
 * quotes its own terms: 开展引进人才“一站式”服务) and the pieces between them.
 */
export function quotePieces(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') {
      if (depth === 0 && i > start) {
        pieces.push(text.slice(start, i));
        start = i;
      }
      depth++;
    } else if (ch === '”' && depth > 0) {
      depth--;
      if (depth === 0) {
        pieces.push(text.slice(start, i + 1));
        start = i + 1;
      }
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}
