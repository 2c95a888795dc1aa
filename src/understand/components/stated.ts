/** Facts the message states, read in the frame of the benefits it is about (named, else the topic's). */
import { FactReadings, statedFacts } from './facts.js';
import { lazily } from '../lazily.js';
import type { Component, Draft, StatedFacts, UnderstandingContext } from '../types.js';
import { doubted, talkedOf } from '../../dialogue/facts/mentions.js';

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
  const { stated, statements } = statedFacts(readings, m.text!, m.reply!, frame, context);
  return {
    stated,
    statements,
    personal: Object.keys(stated).some((k) => k !== 'recognitionKind'),
    withdrawsRecognitionDate: stated.recognitionNew === false && stated.recognitionDate === undefined && m.cues!.deniesNew !== null,
    unsettled: talkedOf(m.text!).filter((fact) => !(fact in stated)),
    doubted: doubted(m.text!).filter((fact) => !(fact in stated)),
  };
}
