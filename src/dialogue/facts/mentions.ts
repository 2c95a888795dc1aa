/**
 * The conditions a message talks about, whether or not a fact reader settles them: "户口的事还在办"
 * names the settling without saying it. One left unsettled is asked first, never skipped (issue 11,
 * §4), and an amount that hangs on it stays conditional.
 */
import type { FactName } from '../../calculator/profile.js';
import { patterns } from '../../knowledge/language.js';

const TALKED_OF = [
  'firstBusinessInPanjin', 'newlySettled', 'buyingHomeInPanjin', 'firstHome', 'fullTime',
  'firstFullTimeIntroduction', 'employedInPanjin', 'firstRecognition', 'enterpriseInPanjin',
] as const satisfies readonly FactName[];

const P = patterns('language/zh/facts/mentions.json', TALKED_OF);

/** The facts the message talks about, in catalogue order of the book. */
export function talkedOf(text: string): FactName[] {
  return TALKED_OF.filter((fact) => P[fact].test(text));
}
