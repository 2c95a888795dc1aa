/** Clauses named by number: several (第16条和第17条), one (第十七条, 条款17), or one the policy lacks (第22条). */
import { UNITS_CUE } from '../../dialogue/cues.js';
import { clauseNumber, clauseNumbers } from '../../dialogue/clauseFinder.js';
import { nonexistentItem } from '../../dialogue/intents/clauseLookup.js';
import { UNITS_FILLER } from '../language.js';
import type { Component } from '../types.js';

/** Every units cue, made once (replace() always starts a global regex from the beginning). */
const UNITS_CUES = new RegExp(UNITS_CUE.source, 'g');

export const clauses: Component = {
  name: 'clauses',
  process(m) {
    const text = m.text!;
    m.clauses = {
      several: clauseNumbers(text),
      numbered: clauseNumber(text),
      missingItem: nonexistentItem(text),
      asksBeyondUnits: m.bare!.replace(UNITS_CUES, '').replace(UNITS_FILLER, '').length >= 2,
    };
  },
};
