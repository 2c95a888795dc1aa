/**
 * Profile matching for companies (issue 11, part 5), like the 政策计算器 provinces run: "我们公司能
 * 申请啥" is answered with one question at a time about the company (knowledge/company-profile.json,
 * most decisive first), skipping what the conversation already settled, and then with the benefits
 * its answers open, each with its clause, amount as stated and lead unit. No `amounts`: a list of
 * what may apply says nothing yet about what this company gets.
 *
 * The questionnaire's state rides in the session's `pending` list as `profile:` entries (the
 * question asked, and each answer), which the fact readers skip since they name no fact: so the
 * state needs no new session field, and any other question simply ends the questionnaire.
 */
import { loadCompanyProfile, type ProfileQuestion } from '../../knowledge/companyProfile.js';
import { fill, texts } from '../../knowledge/language.js';
import { joinUnits } from '../../answer/format.js';
import { fillInline } from '../../answer/fillInline.js';
import { line, type Line } from '../../answer/parts.js';
import { describeAmount, FACTS, rule as ruleById } from '../../calculator/index.js';
import type { Rule } from '../../knowledge/rulesSchema.js';
import type { Facts } from '../facts/types.js';
import type { Draft } from '../reply.js';

export const COMPANY_BOOK = 'language/zh/company.json';

const T = texts(COMPANY_BOOK, ['intro', 'question', 'matchesHead', 'maybeHead', 'benefitLine', 'noMatch', 'hint']);

export type Reply = 'yes' | 'no' | 'unknown';

const PREFIX = 'profile:';
const ASKED = `${PREFIX}ask:`;

let questions: readonly ProfileQuestion[] | undefined;

export function profileQuestions(): readonly ProfileQuestion[] {
  questions ??= loadCompanyProfile((id) => ruleById(id) !== undefined, (name) => name in FACTS);
  return questions;
}

/** The answers so far, read from the session's pending list. */
export function answersIn(pending: readonly string[]): Map<string, Reply> {
  const out = new Map<string, Reply>();
  for (const p of pending) {
    const m = /^profile:(yes|no|unknown):(\w+)$/.exec(p);
    if (m) out.set(m[2]!, m[1] as Reply);
  }
  return out;
}

/** The question the last turn asked, if the questionnaire is under way. */
export function askedIn(pending: readonly string[]): string | null {
  const first = pending[0];
  return first?.startsWith(ASKED) ? first.slice(ASKED.length) : null;
}

/** What the stated facts already say to a question, or undefined. */
function known(q: ProfileQuestion, facts: Facts): Reply | undefined {
  for (const k of q.known) {
    const v = (facts as Record<string, unknown>)[k.fact];
    if (v === undefined) continue;
    if (k.yes.includes(v as never)) return 'yes';
    if (k.no.includes(v as never)) return 'no';
  }
  return undefined;
}

export interface ProfileStep {
  draft: Draft;
  pending: string[];
}

/** The next question, or the result once every question is answered. */
export function profileStep(answers: Map<string, Reply>, facts: Facts, starting: boolean): ProfileStep {
  const all = profileQuestions();
  for (const q of all) if (!answers.has(q.id)) {
    const k = known(q, facts);
    if (k) answers.set(q.id, k);
  }
  const next = all.find((q) => !answers.has(q.id));
  const record = [...answers].map(([id, r]) => `${PREFIX}${r}:${id}`);
  if (next) {
    const n = all.indexOf(next) + 1;
    const question = fill(T.question, { n, count: all.length, question: next.question });
    const lines: Line[] = starting ? [line('text', fill(T.intro, { count: all.length }))] : [];
    lines.push(line('text', question));
    return { draft: { lines, citations: [], followUp: [next.question], validity: null }, pending: [`${ASKED}${next.id}`, ...record] };
  }
  return { draft: result(answers), pending: [] };
}

function rulesOf(answers: Map<string, Reply>, wanted: Reply): Rule[] {
  return profileQuestions()
    .filter((q) => answers.get(q.id) === wanted)
    .flatMap((q) => q.benefits.map((id) => ruleById(id)!))
    .filter((r) => r.amount.kind !== 'inKind' || wanted === 'yes');
}

function benefitLine(r: Rule): Line {
  // A benefit that may apply, not an outcome: a plain line, so no channel shows it as a verdict.
  return line('text', fillInline(T.benefitLine, { title: r.title, amount: describeAmount(r), clause: { clause: r.clause }, lead: joinUnits(r.lead) }));
}

function result(answers: Map<string, Reply>): Draft {
  const yes = rulesOf(answers, 'yes');
  const maybe = rulesOf(answers, 'unknown');
  const lines: Line[] = [];
  if (yes.length) lines.push(line('text', T.matchesHead), ...yes.map(benefitLine));
  if (maybe.length) lines.push(line('text', T.maybeHead), ...maybe.map(benefitLine));
  if (!yes.length && !maybe.length) lines.push(line('text', T.noMatch));
  else lines.push(line('text', T.hint));
  const shown = [...yes, ...maybe];
  return {
    lines,
    citations: [...new Set(shown.map((r) => r.clause))],
    validity: { lead: [...new Set(shown.flatMap((r) => r.lead))] },
  };
}
