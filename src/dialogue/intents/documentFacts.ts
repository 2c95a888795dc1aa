/**
 * 文号, issuer, date, meeting, period, in force, recipients, title: answered from the document
 * metadata of knowledge/, each value quoted as the notice prints it.
 */
import { knowledge } from '../../knowledge/index.js';
import type { Validity } from '../../answer/types.js';
import { validityNote } from '../../answer/format.js';
import { fill, patterns, texts } from '../../knowledge/language.js';

const P = patterns('language/zh/document-facts.json', [
  'overview', 'inForce', 'docNumber', 'meeting', 'period', 'issued', 'issuer', 'recipients', 'publication',
  'title', 'aboutDocument', 'issuedPlain', 'periodPlain',
]);

export type DocumentFact = 'overview' | 'docNumber' | 'issuer' | 'issued' | 'meeting' | 'period' | 'inForce' | 'recipients' | 'title' | 'publication';

/** Cue words for each fact, tried in order: the first fact whose cue occurs is the one asked. */
const CUES: readonly [DocumentFact, RegExp][] = [
  ['overview', P.overview],
  ['inForce', P.inForce],
  ['docNumber', P.docNumber],
  ['meeting', P.meeting],
  ['period', P.period],
  ['issued', P.issued],
  ['issuer', P.issuer],
  ['recipients', P.recipients],
  ['publication', P.publication],
  // "<文号>是什么文件": the number given, the title asked.
  ['title', P.title],
];

/** Words that say the question is about the document itself rather than one benefit. */
const ABOUT_DOCUMENT = P.aboutDocument;

export function documentFactAsked(text: string): DocumentFact | null {
  for (const [fact, cue] of CUES) {
    if (!cue.test(text)) continue;
    // "日期", "期限" alone also occur in benefit questions ("3年期"); require some word for the document.
    if (needsDocumentWord(fact, text) && !ABOUT_DOCUMENT.test(text)) continue;
    return fact;
  }
  return null;
}

/** Whether the fact's cue is shared with benefit questions here ("日期" is; "印发日期" is not). */
function needsDocumentWord(fact: DocumentFact, text: string): boolean {
  if (fact === 'issued') return !P.issuedPlain.test(text);
  if (fact === 'period') return !P.periodPlain.test(text);
  return fact === 'title';
}

/**
 * Every further fact asked beside the first ("文号和发布日期是什么"): facts whose cue occurs, in cue
 * order, the same document-word guard applying.
 */
export function moreDocumentFactsAsked(text: string, first: DocumentFact): DocumentFact[] {
  return CUES.filter(([fact, cue]) => fact !== first && fact !== 'overview' && cue.test(text))
    .filter(([fact]) => !needsDocumentWord(fact, text) || ABOUT_DOCUMENT.test(text))
    .map(([fact]) => fact);
}

const T = texts('language/zh/document-facts.json', [
  'docNumber', 'issuer', 'issued', 'meeting', 'period', 'inForce', 'notInForce', 'recipients', 'publication', 'title',
  'overview', 'quotedTitle',
]);

export function answerDocumentFact(fact: DocumentFact, validity: Validity, more: readonly DocumentFact[] = []): { answer: string; citations: string[] } {
  const doc = knowledge().document;
  const [year, month, day] = doc.issued.date.split('-').map(Number) as [number, number, number];
  const values = {
    title: fill(T.quotedTitle, { title: doc.title }), docNumber: doc.docNumber, issuer: doc.issuer, meeting: doc.meeting,
    recipients: doc.recipients, publication: doc.publication, year, month, day, issuedQuote: doc.issued.quote,
    from: doc.period.from, to: doc.period.to, fromYear: doc.period.from.slice(0, 4), toYear: doc.period.to.slice(0, 4),
    periodQuote: doc.period.quote, asOf: validity.asOf,
  };
  const line = (f: DocumentFact): string => {
    if (f === 'overview') return overview(values);
    if (f === 'inForce') return fill(validity.inForce ? T.inForce : T.notInForce, values);
    return fill(T[f], values);
  };
  const asked = [fact, ...more];
  const note = asked.includes('inForce') ? '' : validityNote(validity);
  return { answer: asked.map(line).join('') + note, citations: [fact === 'overview' ? 'preamble' : 'notice'] };
}

/** The document's shape: its parts, and its numbered tasks by heading, as knowledge/clauses.json has them. */
function overview(values: Readonly<Record<string, string | number>>): string {
  const k = knowledge();
  const items = k.clauses.filter((c) => c.kind === 'item').map((c) => `${c.number}.${c.heading}`);
  const parts = k.parts.map((p) => p.heading).join('、');
  return fill(T.overview, { ...values, parts, itemCount: items.length, items: items.join('；') });
}
