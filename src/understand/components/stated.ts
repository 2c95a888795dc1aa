/** Facts the message states, read in the frame of the benefits it is about (named, else the topic's). */
import { FactReadings, statedFacts } from './facts.js';
import { lazily } from '../lazily.js';
import type { Component, Draft, StatedFacts, UnderstandingContext } from '../types.js';
import { contested, doubted, talkedOf } from '../../dialogue/facts/mentions.js';
import { extractFacts } from '../../dialogue/facts/extract.js';

export const stated: Component = {
  name: 'facts',
  process(m, context) {
    const readings = (m.readings ??= new FactReadings(m.text!, context.asOf));
    lazily(m, 'facts', () => factsOf(m, readings, context));
  },
};

function factsOf(m: Draft, readings: FactReadings, context: UnderstandingContext): StatedFacts {
  const named = m.benefits!.named;
  const frame = named.length ? named : context.topic?.benefits ?? [];
  const read = statedFacts(readings, m.text!, m.reply!, frame, context);
  // A yes read beside a denial of the same condition ("早过了创业初期") is not taken: it is asked,
  // and no money hangs on it until answered (mentions.ts, contested).
  const disputed = contested(m.text!, read.stated, (clause) => extractFacts(clause, context.asOf, frame))
    .filter((fact) => read.statements.some((s) => s.fact === fact && s.via === 'statement'));
  const stated = disputed.length ? Object.fromEntries(Object.entries(read.stated).filter(([k]) => !disputed.includes(k as never))) : read.stated;
  const statements = disputed.length ? read.statements.filter((s) => !disputed.includes(s.fact as never)) : read.statements;
  return {
    stated,
    statements,
    personal: Object.keys(stated).some((k) => k !== 'recognitionKind'),
    withdrawsRecognitionDate: stated.recognitionNew === false && stated.recognitionDate === undefined && m.cues!.deniesNew !== null,
    unsettled: [...talkedOf(m.text!).filter((fact) => !(fact in stated)), ...disputed.filter((f) => !talkedOf(m.text!).includes(f))],
    doubted: [...doubted(m.text!).filter((fact) => !(fact in stated)), ...disputed],
  };
}
