/**
 * Benefits the message names (knowledge/lexicon/benefit-cues.json), read against the topic: a
 * variant of a topic fact ("国家级领军的呢") names none, and a correction or an answer to the pending
 * question keeps to the topic's benefits ("说错了，我是顶尖人才" does not switch to item-15's grant).
 */
import { rule as ruleById } from '../../calculator/index.js';
import { benefitsNamed } from '../../dialogue/benefits.js';
import { FactReadings, answersPending, leansOnTopic } from './facts.js';
import { lazily } from '../lazily.js';
import type { Benefits, Component, Draft, UnderstandingContext } from '../types.js';

const known = (id: string) => ruleById(id) !== undefined;

export const benefits: Component = {
  name: 'benefits',
  process(m, context) {
    const readings = (m.readings ??= new FactReadings(m.text!, context.asOf));
    lazily(m, 'benefits', () => benefitsOf(m, readings, context));
  },
};

function benefitsOf(m: Draft, readings: FactReadings, context: UnderstandingContext): Benefits {
  const text = m.text!;
  const cues = m.cues!;
  const money = cues.money !== null;
  const leans = leansOnTopic(readings, cues.ellipsis, money, context);
  const said = leans ? [] : benefitsNamed(text, known);
  const topic = context.topic;
  const correcting = !money && Boolean(topic?.benefits.length) && cues.retraction;
  // Asked only when it matters, so a correction reads no frame it does not need.
  const answers = !correcting && answersPending(readings, money, context);
  return {
    said,
    leansOnTopic: leans,
    answersPending: answers,
    named: correcting || answers ? said.filter((id) => topic!.benefits.includes(id)) : said,
  };
}
