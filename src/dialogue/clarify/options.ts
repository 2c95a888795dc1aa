/**
 * The answer targets the bot can offer as options (a clause, a benefit, a document fact, the
 * city's targets), each with the one line a person reads and the clause it is about (CONTRACT.md:
 * an option's citation is a clause id). A target no single clause serves (a unit, a topic, help)
 * or an out-of-scope family is not offered.
 */
import type { ClarifyOption } from '../../answer/types.js';
import { clauseName } from '../../answer/format.js';
import { rule } from '../../calculator/index.js';
import { fill, texts } from '../../knowledge/language.js';
import { knowledge } from '../../knowledge/index.js';
import type { DocumentFact } from '../intents/documentFacts.js';

export const CLARIFY_BOOK = 'language/zh/clarify.json';

/** Targets besides clauses and benefits that one answer serves, with the text naming each label. */
const OTHER_TARGETS = {
  'doc:docNumber': 'targetDocDocNumber',
  'doc:issuer': 'targetDocIssuer',
  'doc:title': 'targetDocTitle',
  'doc:recipients': 'targetDocRecipients',
  'doc:meeting': 'targetDocMeeting',
  'doc:issued': 'targetDocIssued',
  'doc:publication': 'targetDocPublication',
  'doc:period': 'targetDocPeriod',
  targets: 'targetTargets',
} as const;

type OtherTarget = keyof typeof OTHER_TARGETS;

export const T = texts(CLARIFY_BOOK, ['ask', 'option', 'hint', 'label', 'suggest', 'suggestOption', 'suggestSeparator', ...Object.values(OTHER_TARGETS)]);

/** What kind of answer a target gets, or null when the bot cannot answer it as one option. */
export type TargetKind =
  | { kind: 'clause'; clause: string }
  | { kind: 'benefit'; rule: string; clause: string }
  | { kind: 'document'; fact: DocumentFact }
  | { kind: 'targets' };

export function targetKind(target: string): TargetKind | null {
  if (knowledge().clause(target)) return { kind: 'clause', clause: target };
  const r = rule(target);
  if (r) return { kind: 'benefit', rule: r.id, clause: r.clause };
  if (!(target in OTHER_TARGETS)) return null;
  return target.startsWith('doc:') ? { kind: 'document', fact: target.slice(4) as DocumentFact } : { kind: 'targets' };
}

/**
 * The option for a target: "知识产权质押贷款贴息（第13条）", "引导社会资本投入（第13条）", "印发日期";
 * null for a target that is offered nowhere.
 */
export function optionFor(target: string): ClarifyOption | null {
  const kind = targetKind(target);
  if (!kind) return null;
  if (kind.kind === 'benefit') return { label: fill(T.label, { title: rule(kind.rule)!.title, name: clauseName(kind.clause) }), citation: kind.clause };
  if (kind.kind === 'clause') {
    const c = knowledge().clause(kind.clause)!;
    // The notice's and the preamble's headings are the document's own words; their names say more.
    const label = c.kind === 'item' || kind.clause.startsWith('sec-') ? fill(T.label, { title: c.heading, name: clauseName(kind.clause) }) : clauseName(kind.clause);
    return { label, citation: kind.clause };
  }
  const label = T[OTHER_TARGETS[target as OtherTarget]];
  // A document fact is the covering notice's; the city's targets are set out under 总体目标.
  return { label, citation: kind.kind === 'document' ? 'notice' : 'sec-1.2' };
}
