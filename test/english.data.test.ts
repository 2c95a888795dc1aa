/**
 * Issue 14's data completeness: every clause, rule and unit has its English text, every fact its
 * English label and question, every catalogue message and every text of a Chinese book with an
 * English twin its English; and an English answer shows no Chinese outside verbatim quotes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { englishPolicy, quotePieces } from '../src/answer/english.js';
import { ENGLISH_MESSAGES_FILE, loadMessages, MESSAGE_NAMES } from '../src/answer/messages.js';
import { renderSlack } from '../src/answer/render/slack.js';
import { renderWechat } from '../src/answer/render/wechat.js';
import { listRules } from '../src/calculator/index.js';
import { FACTS } from '../src/calculator/profile.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/dir.js';
import { knowledge } from '../src/knowledge/index.js';

const en = englishPolicy();
const AS_OF = '2021-06-30';
const respond = createResponder();
let users = 0;
const ask = (text: string) => respond(`d${users++}`, text, { asOf: AS_OF });
/** CJK outside “…” quotes, nested ones too (and the 万元 figure an amount gives beside RMB). */
const chineseOutsideQuotes = (text: string) => quotePieces(text).filter((p) => !p.startsWith('“')).join('').replace(/\(\d+(\.\d+)?万元\)/g, '').match(/\p{Script=Han}+/gu) ?? [];

beforeAll(() => {
  ask('How much is the home purchase subsidy for a PhD?');
}, 180_000);

describe('English data (knowledge/language/en)', () => {
  it('gives every clause an English heading and gist', () => {
    const missing = knowledge().clauses.filter((c) => !en.clauses[c.id]?.heading || !en.clauses[c.id]?.gist).map((c) => c.id);
    expect(missing).toEqual([]);
  });
  it('gives every rule an English title and wording for each of its conditions', () => {
    const missing = listRules().flatMap((r) => [
      ...(en.rules[r.id]?.title ? [] : [`${r.id}: title`]),
      ...r.conditions.filter((c) => !en.rules[r.id]?.conditions[c.requires]).map((c) => `${r.id}: ${c.requires}`),
    ]);
    expect(missing).toEqual([]);
  });
  it('gives every unit an English name', () => {
    const units = new Set([...knowledge().clauses.flatMap((c) => [...c.lead, ...c.responsible]), ...listRules().flatMap((r) => r.lead)]);
    expect([...units].filter((u) => !en.units[u])).toEqual([]);
  });
  it('gives every fact an English label and question, and its values and yes/no sayings', () => {
    const missing = Object.entries(FACTS).flatMap(([name, f]) => {
      const e = en.facts[name];
      if (!e) return [name];
      const info = f as { yes?: string; no?: string; values?: Record<string, string> };
      return [
        ...(info.yes && !e.yes ? [`${name}.yes`] : []), ...(info.no && !e.no ? [`${name}.no`] : []),
        ...Object.keys(info.values ?? {}).filter((v) => !e.values?.[v]).map((v) => `${name}.values.${v}`),
      ];
    });
    expect(missing).toEqual([]);
  });
  it('has every catalogue message in English, with the same slots', () => {
    const zh = loadMessages();
    const english = loadMessages(DEFAULT_KNOWLEDGE_DIR, ENGLISH_MESSAGES_FILE);
    const slots = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((s) => s !== 'grouped').sort();
    expect(MESSAGE_NAMES.filter((n) => JSON.stringify(slots(zh[n])) !== JSON.stringify(slots(english[n])))).toEqual([]);
  });
  it('gives each English twin of a Chinese book every text of it', () => {
    for (const book of ['scope', 'clarify', 'document-facts', 'structure', 'topics', 'company', 'open-points']) {
      const read = (lang: string) => Object.keys(JSON.parse(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'language', lang, `${book}.json`), 'utf8')).texts).sort();
      expect(read('en'), book).toEqual(read('zh'));
    }
  });
});

describe('English answers', () => {
  const questions = [
    'How much is the home purchase subsidy for a PhD?',
    "I'm a full-time PhD, graduated in 2020, started a business in Panjin for the first time in 2021. What can I get?",
    'Who handles Article 13?',
    'How much is the reward for a newly recognized provincial incubator?',
    "What's the weather in Panjin tomorrow?",
    // The policy's open points, unsettled conditions, a part's clauses, a contract's years, a section's heading.
    'our company is registered in Anshan, we are a new high-tech enterprise since 2020. 100k reward?',
    'renewal of high tech enterprise status, is there a reward?',
    'top talent with a 2-year contract, full time. salary subsidy?',
    'what does part 3 say',
    'does the policy help our introduced talent with visas?',
    'Which articles are about finance?',
    'what can our company apply for?',
    'innovation team funding for special support',
  ];
  it.each(questions)('%s: in English, Chinese only in quotes, amounts as RMB with 万元', (q) => {
    const a = ask(q);
    expect(a.language).toBe('en');
    expect(chineseOutsideQuotes(a.answer)).toEqual([]);
    for (const amount of a.amounts) expect(a.answer).toContain(`RMB ${amount.yuan.toLocaleString('en-US')}`);
  });
  it('puts the English gist beside a quote and says the Chinese text governs', () => {
    const a = ask('How much is the home purchase subsidy for a PhD?');
    expect(a.answer).toContain('“对新落户并在盘就业的全日制博士');
    expect(a.answer).toContain('Article 17 in English (gist):');
    expect(a.answer).toContain('the Chinese text governs');
  });
  it('asks its follow-up questions in English', () => {
    const a = ask('How much is the home purchase subsidy for a PhD?');
    expect(a.followUp.length).toBeGreaterThan(0);
    for (const q of a.followUp) expect(chineseOutsideQuotes(q)).toEqual([]);
  });
  it('renders in English on Slack and WeChat, with the same parts', () => {
    const a = ask('How much is the home purchase subsidy for a PhD?');
    const slack = JSON.stringify(renderSlack(a));
    expect(slack).toContain('RMB 120,000 (12万元)');
    expect(slack).not.toContain('牵头单位');
    const wechat = renderWechat(a).join('\n');
    expect(wechat).toContain('RMB 120,000 (12万元)');
    expect(wechat).toContain('Based on:');
    expect(chineseOutsideQuotes(wechat.replace(/【[^】]*】/g, ''))).toEqual([]);
  });
  it('leaves a Chinese answer without a language and in Chinese', () => {
    const a = ask('博士购房补贴多少');
    expect(a.language).toBeUndefined();
    expect(a.answer).toContain('最高12万元');
  });
});
