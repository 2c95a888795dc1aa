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
/** Talk of these counts only beside a doubt word ("博士在读"): alone ("去年毕业") the readers settle it. */
const DOUBTED_ONLY = ['graduationDate', 'degree', 'teamTier'] as const satisfies readonly FactName[];

const P = patterns('language/zh/facts/mentions.json', [...TALKED_OF, ...DOUBTED_ONLY, 'doubt', 'received']);

/** Clauses of a message: a denial speaks of what is said beside it, not of the whole message. */
const CLAUSE = /[，,。；;！!？?、\s]+/;

/** The facts the message talks about, in catalogue order of the book. */
export function talkedOf(text: string): FactName[] {
  return TALKED_OF.filter((fact) => P[fact].test(text));
}

/**
 * The facts a message talks about beside a word that may deny them ("还没毕业", "户口没迁",
 * "公司在外地"), and '*' when the asker says the money was already had ("已经领过"). Left unsettled
 * by the readers, such a fact may rule the benefit out: its amount is not listed, the fact is asked.
 */
export function doubted(text: string): string[] {
  const facts = new Set<string>();
  for (const clause of text.split(CLAUSE)) {
    if (!clause || !P.doubt.test(clause)) continue;
    for (const fact of [...TALKED_OF, ...DOUBTED_ONLY]) if (P[fact].test(clause)) facts.add(fact);
  }
  if (P.received.test(text)) facts.add('*');
  return [...facts];
}
