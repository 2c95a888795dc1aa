/**
 * Short replies to a follow-up question: "是的", "对", "不是", "没有", or a bare "第一次" / "首次".
 * They carry a fact only in the light of what was asked, so they are read against the session's
 * pending questions and topic.
 */
import { FACTS, findQuantities, type FactName, type Profile } from '../../calculator/index.js';
import { partialDate } from './when.js';
import { presentStart } from './presentStart.js';
import { patterns } from '../../knowledge/language.js';

const P = patterns('language/zh/facts/answers.json', [
  'yes', 'no', 'retraction', 'first', 'notFirst',
]);

// Typed as people chat: doubled ("嗯嗯", "对对对") and with a final particle ("是滴", "对呀").
const YES = P.yes;
const NO = P.no;

/** Whether a reply is nothing but yes or no ("是的", "不是"). */
export function isBareYesNo(bare: string): boolean {
  return YES.test(bare) || NO.test(bare);
}

/**
 * The fact a bare yes/no settles: the question asked, which is the first pending fact; the others
 * are open but were not asked, and a "是" after "您是哪年哪月毕业的？" answers none of them.
 */
export function yesNoAnswer(bare: string, pending: readonly string[]): Partial<Profile> {
  const answer = YES.test(bare) ? true : NO.test(bare) ? false : undefined;
  if (answer === undefined) return {};
  const fact = pending[0];
  return fact && fact in FACTS && FACTS[fact as FactName].kind === 'boolean' ? ({ [fact]: answer } as Partial<Profile>) : {};
}

/** "哦不对，是第一次", "说错了，硕士": the words that retract what was said before, leading a correction. */
const RETRACTION = P.retraction;

/**
 * A bare reply without the retraction before it: "哦不对是第一次" → "是第一次". A retraction alone
 * ("不对") is kept, since it is itself a bare no.
 */
export function withoutRetraction(bare: string): string {
  return bare.replace(RETRACTION, '') || bare;
}

const FIRST = P.first;
const NOT_FIRST = P.notFirst;

/** "第一次" alone: first business in the policy's city or first full-time introduction, whichever the topic is. */
export function firstTimeAnswer(bare: string, topicBenefits: readonly string[], asOf: string): Partial<Profile> {
  const first = FIRST.test(bare) ? true : NOT_FIRST.test(bare) ? false : undefined;
  if (first === undefined) return {};
  if (topicBenefits.some((id) => id === 'phd-startup-salary')) {
    if (!first) return { firstBusinessInPanjin: false };
    const start = presentStart(asOf);
    return start ? { firstBusinessInPanjin: true, businessStartDate: start } : { firstBusinessInPanjin: true };
  }
  if (topicBenefits.some((id) => id.endsWith('talent-salary'))) return { firstFullTimeIntroduction: first };
  if (topicBenefits.includes('phd-first-home')) return { firstHome: first };
  return {};
}

/**
 * A bare value after a question for it: "2019年6月" after "您是哪年哪月毕业的？", "5年" after
 * "劳动合同是几年期的？", "500万" after "贷款金额是多少？". Filled into the first pending fact of
 * the value's kind, so a date never lands in a money fact.
 */
export function valueAnswer(text: string, pending: readonly string[], asOf: string): Partial<Profile> {
  const year = Number(asOf.slice(0, 4));
  // Read only when a number is pending: most turns have nothing pending, or a date.
  let quantities: ReturnType<typeof findQuantities> | undefined;
  for (const name of pending) {
    if (!(name in FACTS)) continue;
    const info = FACTS[name as FactName];
    if (info.kind === 'date') {
      const date = partialDate(text, year);
      if (date) return { [name]: date } as Partial<Profile>;
    } else if (info.kind === 'number') {
      const unit = info.unit === '元' ? 'yuan' : info.unit === '%' ? 'percent' : 'years';
      const q = (quantities ??= findQuantities(text)).find((x) => x.unit === unit || (unit === 'years' && x.unit === 'months'));
      if (q && q.value > 0) {
        const value = q.unit === 'months' ? Math.round((q.value / 12) * 1000) / 1000 : q.value;
        return { [name]: value } as Partial<Profile>;
      }
    }
  }
  return {};
}
