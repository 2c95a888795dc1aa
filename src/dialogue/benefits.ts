/**
 * Which entitlements a message asks about, by the words people use for them
 * (knowledge/lexicon/benefit-cues.json, keyed by the rule ids of knowledge/rules). A cue names a
 * benefit; it never decides who gets it (the calculator does). This file only interprets the data.
 * Text is normalised (simplified, NFKC) before it gets here.
 */
import { listRules } from '../calculator/index.js';
import { loadBenefitCues, type BenefitCues, type CueAlternative } from '../knowledge/benefitCues.js';

let cues: BenefitCues | undefined;

/** The cue data, loaded and checked against the rule book on first use. */
function benefitCues(): BenefitCues {
  if (!cues) {
    const ids = new Set(listRules().map((r) => r.id));
    cues = loadBenefitCues((id) => ids.has(id));
  }
  return cues;
}

/** Whether the message is a question about money or support rather than about a clause's text. */
export function moneyCue(text: string): boolean {
  return benefitCues().money.test(text);
}

/** The money words that make the message a money question ("多少钱"), or null. */
export function moneyWords(text: string): string | null {
  return benefitCues().money.exec(text)?.[0] ?? null;
}

/** The words that make the message a broad question ("有哪些补贴"), or null. */
export function broadWords(text: string): string | null {
  return benefitCues().broad.exec(text)?.[0] ?? null;
}

let moneyWord: RegExp | undefined;

/**
 * Whether a word is nothing but money cue words ("补贴", "奖励", "多少钱", "交钱"), as opposed to a word
 * that only contains one ("购房补贴" names a benefit). Anchored and repeated, so the regex backtracks
 * to the longest alternative ("奖励", not "奖" then "励").
 */
export function isMoneyWord(word: string): boolean {
  moneyWord ??= new RegExp(`^(?:${benefitCues().money.source})+$`);
  return moneyWord.test(word);
}

let allMoneyWords: RegExp | undefined;

/** The message with its money words taken out ("那院士站补贴多少" → "那院士站"). */
export function withoutMoneyWords(text: string): string {
  // Made once: a global regex is safe to share with replace(), which always starts from the beginning.
  allMoneyWords ??= new RegExp(benefitCues().money.source, 'g');
  return text.replace(allMoneyWords, '');
}

/** Broad questions: "有哪些补贴", "我能拿什么". */
export function broadCue(text: string): boolean {
  return benefitCues().broad.test(text);
}

/**
 * The name of a subsidy the policy never provides ("稳岗补贴", "租房补贴") that the message asks
 * about, or null. Only meaningful when the message names no benefit of the rule book.
 */
export function unprovidedSubsidy(text: string): string | null {
  const found = benefitCues().unprovided?.exec(text);
  if (!found) return null;
  // "稳岗" alone is the subsidy's subject: the name is the subject with the money word after it.
  const after = benefitCues().unprovidedSuffix?.exec(text.slice(found.index + found[0].length));
  return found[0] + (after?.[0] ?? '');
}

function holds(alt: CueAlternative, text: string): boolean {
  return alt.all.every((p) => p.test(text))
    && (!alt.any.length || alt.any.some((p) => p.test(text)))
    && !alt.none.some((p) => p.test(text));
}

/** The rule ids a message names, in catalogue order; [] when it names none. */
export function benefitsNamed(text: string, known: (id: string) => boolean): string[] {
  return benefitCues().benefits.filter((b) => known(b.rule) && b.when.some((alt) => holds(alt, text))).map((b) => b.rule);
}

/**
 * Whether the message names some benefit by what sets it apart, not only by an everyday word many
 * other things share (starting a business alone, a loan alone: the cue file's `weak` alternatives).
 */
export function namesBenefitStrongly(text: string): boolean {
  return benefitCues().benefits.some((b) => b.when.some((alt) => !alt.weak && holds(alt, text)));
}
