/**
 * Cue words: greeting, help, thanks, reset, money, broad, units, procedure, cost, ellipsis. Each cue
 * keeps the words that fired it, the evidence for the intents read from it.
 */
import {
  AMOUNT_ASKED, ANAPHORA, COST_CUE, ELLIPSIS_GLUE, GREETING, HELP, PROCEDURE_CUE, RESET, THANKS, UNITS_CUE,
} from '../../dialogue/cues.js';
import { DENIES_NEW } from '../../dialogue/facts/enterprise.js';
import { isBareYesNo } from '../../dialogue/facts/answers.js';
import { broadWords, moneyWords, withoutMoneyWords } from '../../dialogue/benefits.js';
import {
  ANAPHORIC_LENGTH, ELLIPSIS_SHAPE, QUANTITY, SHORT_MESSAGE, SUPPOSITION, UNITS_GLUE,
} from '../language.js';
import type { Component } from '../types.js';

const found = (re: RegExp, text: string): string | null => re.exec(text)?.[0] ?? null;
/** Every units cue, made once (replace() always starts a global regex from the beginning). */
const UNITS_CUES = new RegExp(UNITS_CUE.source, 'g');

export const cues: Component = {
  name: 'cues',
  process(m) {
    const { text, bare, plain, reply } = m as Required<typeof m>;
    const units = found(UNITS_CUE, text);
    const procedure = found(PROCEDURE_CUE, text);
    m.cues = {
      reset: found(RESET, bare),
      greeting: found(GREETING, plain),
      help: found(HELP, plain),
      thanks: found(THANKS, plain),
      money: moneyWords(text),
      broad: broadWords(text),
      units,
      // "can I apply online", "can I apply late": the asking words inside a procedure's phrase ask how, not how much.
      amountAsked: found(AMOUNT_ASKED, procedure === null ? text : text.replace(procedure, '，')),
      procedure,
      anaphora: found(ANAPHORA, text) ?? (bare.length <= ANAPHORIC_LENGTH ? `short:${bare}` : null),
      cost: found(COST_CUE, text),
      deniesNew: found(DENIES_NEW, text),
      bareYesNo: isBareYesNo(reply) ? reply : null,
      retraction: reply !== bare,
      ownSubject: ownSubject(bare),
      ellipsis: ELLIPSIS_SHAPE.test(text),
      // "找哪个部门", "牵头单位是谁": nothing but the cue and its glue, so the question is about the topic.
      bareUnitsQuestion: units !== null && bare.replace(UNITS_CUES, '').replace(UNITS_GLUE, '').length <= 2,
      short: bare.length <= SHORT_MESSAGE,
    };
  },
};

/** Whether an ellipsis has a subject of its own beyond glue and money words ("那天使投资基金呢"). */
function ownSubject(bare: string): boolean {
  if (SUPPOSITION.test(bare)) return false;
  return withoutMoneyWords(bare).replace(QUANTITY, '').replace(ELLIPSIS_GLUE, '').length >= 2;
}
