/**
 * Facts the message states, read against the topic: by the fact readers (facts/extract.ts) and, for
 * a bare reply ("是的", "2019年6月", "第一次"), against the pending question. The readers take the
 * benefits a message is about as their frame ("重点支持的" is a team tier only when teams are the
 * topic), so a frame is read at most once a turn, and only the frames the turn needs.
 */
import { rule as ruleById, type Profile } from '../../calculator/index.js';
import { extractFacts } from '../../dialogue/facts/extract.js';
import { firstTimeAnswer, valueAnswer, yesNoAnswer } from '../../dialogue/facts/answers.js';
import type { FactStatement, UnderstandingContext } from '../types.js';

/** Facts read in each frame (the benefits the message is read against), each frame once. */
export class FactReadings {
  private readonly frames = new Map<string, Partial<Profile>>();

  constructor(private readonly text: string, private readonly asOf: string) {}

  in(benefits: readonly string[]): Partial<Profile> {
    const key = [...benefits].sort().join(' ');
    let facts = this.frames.get(key);
    if (!facts) {
      facts = extractFacts(this.text, this.asOf, benefits);
      this.frames.set(key, facts);
    }
    return facts;
  }
}

/**
 * "国家级领军的呢" after a question on 薪酬补贴: a variant of the current topic, not a new one,
 * although 领军 alone would name the 引进资助 of item-15.
 */
export function leansOnTopic(readings: FactReadings, ellipsis: boolean, money: boolean, context: UnderstandingContext): boolean {
  const { topic } = context;
  if (!topic?.benefits.length || money || !ellipsis) return false;
  // Only a variant of a fact the topic's rules test leans ("那硕士呢", "省级的呢"); "高企呢" after 孵化器
  // names a new subject, whose name (高新技术企业) is no fact about the asker, and "那省级孵化器呢"
  // after 购房补贴 states a level no housing rule tests.
  const tested = new Set(topic.benefits.flatMap((id) => ruleById(id)?.conditions.map((c) => c.fact) ?? []));
  return Object.keys(readings.in(topic.benefits)).some((k) => k !== 'recognitionKind' && tested.has(k));
}

/**
 * "国家级领军人才" right after "您属于哪一层次的人才？" answers the question on the topic (薪酬补贴);
 * it does not switch to the 引进资助 that 领军 alone would name. A money word makes it a new question.
 */
export function answersPending(readings: FactReadings, money: boolean, context: UnderstandingContext): boolean {
  const { topic, pending } = context;
  if (money || !topic?.benefits.length || !pending.length) return false;
  return Object.keys(readings.in(topic.benefits)).some((fact) => pending.includes(fact));
}

/** Every fact stated, bare replies first so that the readers' own words win, as one Profile and as statements. */
export function statedFacts(
  readings: FactReadings, text: string, reply: string, frame: readonly string[], context: UnderstandingContext,
): { stated: Partial<Profile>; statements: FactStatement[] } {
  const sources: [FactStatement['via'], Partial<Profile>][] = [
    ['yesNo', yesNoAnswer(reply, context.pending)],
    ['value', valueAnswer(text, context.pending, context.asOf)],
    ['firstTime', firstTimeAnswer(reply, frame, context.asOf)],
    ['statement', readings.in(frame)],
  ];
  const stated: Partial<Profile> = Object.assign({}, ...sources.map(([, facts]) => facts));
  const by = new Map<string, FactStatement['via']>();
  for (const [via, facts] of sources) for (const fact of Object.keys(facts)) by.set(fact, via);
  const statements = Object.entries(stated).map(([fact, value]): FactStatement => ({
    fact, value, via: by.get(fact)!, ...(typeof value === 'boolean' ? { polarity: value } : {}),
  }));
  return { stated, statements };
}
