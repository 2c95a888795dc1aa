/**
 * The broad questions new users ask (issue 11, part 5): which open point the message asks, or
 * merely mentions (language/zh/open-points.json, one pattern per point); a part of the document by
 * number or heading; a topic or a unit named, and whether a list of clauses is asked
 * (knowledge/topics.json, language/zh/topics.json).
 */
import { openPoints, OPEN_POINTS_BOOK } from '../../dialogue/intents/openPoints.js';
import { topicNamed, TOPICS_BOOK, unitNamed } from '../../dialogue/intents/clauseLists.js';
import { COMPANY_BOOK } from '../../dialogue/intents/companyProfile.js';
import { knowledge } from '../../knowledge/index.js';
import { patterns } from '../../knowledge/language.js';
import { parseNumeral } from '../../search/clauseNumber.js';
import type { Component } from '../types.js';

type Cue = readonly [id: string, re: RegExp];
let cues: { ask: readonly Cue[]; notes: readonly Cue[] } | undefined;

/** Each point's pattern, in the file's order; `<id>Mention` patterns add a note instead. */
function pointCues(): { ask: readonly Cue[]; notes: readonly Cue[] } {
  if (cues) return cues;
  const ids = openPoints().map((p) => p.id);
  const mentions = ['postdocMention'];
  const P: Readonly<Record<string, RegExp>> = patterns(OPEN_POINTS_BOOK, [...ids, ...mentions]);
  cues = {
    ask: ids.map((id): Cue => [id, P[id]!]),
    notes: mentions.map((name): Cue => [name.replace(/Mention$/, ''), P[name]!]),
  };
  return cues;
}

const STRUCTURE = patterns('language/zh/structure.json', ['partNumber']);
const LISTS = patterns(TOPICS_BOOK, ['listAsked', 'countAsked']);
const COMPANY = patterns(COMPANY_BOOK, ['companySubject', 'whatCanWeGet', 'yes', 'no', 'unknown']);

/** A short reply read as yes, no or unknown: "不清楚" before "不", "不是" before "是". */
function replyOf(reply: string): 'yes' | 'no' | 'unknown' | null {
  if (COMPANY.unknown.test(reply)) return 'unknown';
  if (COMPANY.no.test(reply)) return 'no';
  return COMPANY.yes.test(reply) ? 'yes' : null;
}

/** 第三部分 by number, or 保障措施 by its heading (knowledge/clauses.json parts). */
function partAsked(text: string): number | null {
  const m = STRUCTURE.partNumber.exec(text);
  const n = m && parseNumeral(m[1]!);
  const parts = knowledge().parts;
  if (n && n <= parts.length) return n;
  return parts.find((p) => text.includes(p.heading))?.part ?? null;
}

export const asks: Component = {
  name: 'asks',
  process(m) {
    const text = m.text!;
    const { ask, notes } = pointCues();
    m.asks = {
      openPoint: ask.find(([, re]) => re.test(text))?.[0] ?? null,
      openPointNotes: notes.filter(([, re]) => re.test(text)).map(([id]) => id),
      part: partAsked(text),
      topic: topicNamed(text)?.id ?? null,
      unit: unitNamed(text),
      listAsked: LISTS.listAsked.test(text),
      countAsked: LISTS.countAsked.test(text),
      company: COMPANY.companySubject.test(text) && COMPANY.whatCanWeGet.test(text),
      reply: replyOf(m.reply!),
    };
  },
};
