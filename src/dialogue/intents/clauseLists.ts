/**
 * Clauses by topic and by unit (issue 11, part 5): "人才方面有哪几条", "金融支持有哪些", "科技局牵头哪些条".
 * The list, its count and its lead units come from knowledge/clauses.json; a topic is one 工程
 * section (knowledge/topics.json), and the other tasks whose text speaks of it are listed apart.
 * For a money question, each task's benefits are listed under it with their amounts as stated.
 */
import { knowledge, type Clause } from '../../knowledge/index.js';
import { loadTopics, type Topic, type Topics } from '../../knowledge/topics.js';
import { fill, texts } from '../../knowledge/language.js';
import { joinUnits } from '../../answer/format.js';
import { fillInline } from '../../answer/fillInline.js';
import { line, type Inline, type Line } from '../../answer/parts.js';
import { describeAmount, rulesForClause } from '../../calculator/index.js';
import type { Draft } from '../reply.js';

export const TOPICS_BOOK = 'language/zh/topics.json';

const T = texts(TOPICS_BOOK, [
  'topicHead', 'itemLine', 'benefitLine', 'relatedHead', 'relatedWord', 'itemRef', 'separator', 'hint',
  'unitLead', 'unitResponsible', 'unitNone',
]);

let loaded: Topics | undefined;

export function topics(): Topics {
  loaded ??= loadTopics();
  return loaded;
}

/** The topic the message names (the first in the file's order), or null. */
export function topicNamed(text: string): Topic | null {
  return topics().topics.find((t) => t.words.some((w) => text.includes(w))) ?? null;
}

/** The unit the message names, as the clauses print it (the longest name wins), or null. */
export function unitNamed(text: string): string | null {
  return topics().unitNames.find(([name]) => text.includes(name))?.[1] ?? null;
}

function items(): Clause[] {
  return knowledge().clauses.filter((c) => c.kind === 'item');
}

const ref = (c: Clause) => fillInline(T.itemRef, { item: { clause: c.id }, heading: c.heading });

function joinRefs(list: readonly Clause[]): Inline[] {
  return list.flatMap((c, i) => (i ? [T.separator, ...ref(c)] : ref(c)));
}

export function answerTopic(topic: Topic, withMoney: boolean): Draft {
  const k = knowledge();
  const section = k.clause(topic.section)!;
  const own = items().filter((c) => c.parent === topic.section);
  const related = items().filter((c) => c.parent !== topic.section && topic.textWords.some((w) => c.text.includes(w)));
  const lines: Line[] = [line('text', fillInline(T.topicHead, {
    name: topic.name, section: { clause: section.id, heading: section.heading }, count: own.length,
  }))];
  for (const c of own) {
    lines.push(line('clause', fillInline(T.itemLine, { item: { clause: c.id }, heading: c.heading, lead: joinUnits(c.lead) })));
    if (!withMoney) continue;
    for (const r of rulesForClause(c.id)) {
      if (r.amount.kind === 'inKind' || r.amount.kind === 'unstated') continue;
      lines.push(line('text', fill(T.benefitLine, { title: r.title, amount: describeAmount(r) })));
    }
  }
  if (related.length) {
    const words = topic.textWords.filter((w) => related.some((c) => c.text.includes(w))).map((word) => fill(T.relatedWord, { word })).join(T.separator);
    lines.push(line('text', fillInline(T.relatedHead, { count: related.length, words, items: joinRefs(related) })));
  }
  lines.push(line('text', fill(T.hint, { number: own[0]!.number ?? '' })));
  const cited = [section, ...own, ...related];
  return { lines, citations: cited.map((c) => c.id), validity: { lead: [...new Set(own.flatMap((c) => c.lead))] } };
}

export function answerUnitClauses(unit: string): Draft {
  const leads = items().filter((c) => c.lead.includes(unit));
  const shares = items().filter((c) => c.responsible.includes(unit));
  const lines: Line[] = [];
  const listed = (text: string, list: Clause[]) => line('clause', fillInline(text, { unit, count: list.length, items: joinRefs(list) }));
  if (leads.length) lines.push(listed(T.unitLead, leads));
  if (shares.length) lines.push(listed(T.unitResponsible, shares));
  if (!lines.length) lines.push(line('text', fill(T.unitNone, { unit })));
  const cited = [...leads, ...shares];
  return { lines, citations: cited.map((c) => c.id), validity: { lead: leads.length ? [unit] : [] } };
}

/**
 * "各条款的牵头单位列一下", "每条都是谁负责" (the model's `units` with no unit named): every lead unit
 * with the clauses it leads, most first.
 */
export function answerAllUnits(): Draft {
  const units = [...new Set(items().flatMap((c) => c.lead))];
  const leads = units.map((unit) => ({ unit, list: items().filter((c) => c.lead.includes(unit)) }))
    .sort((a, b) => b.list.length - a.list.length);
  const lines = leads.map(({ unit, list }) => line('clause', fillInline(T.unitLead, { unit, count: list.length, items: joinRefs(list) })));
  return { lines, citations: [...new Set(leads.flatMap((l) => l.list.map((c) => c.id)))], validity: { lead: [] } };
}
