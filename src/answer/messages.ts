/**
 * The message catalogue: every sentence the bot writes, in knowledge/language/zh/messages.json,
 * with `{name}` slots the code fills. The code asks for texts by name; loading checks that each
 * name it uses is in the file and that the file holds nothing unused, so a misspelt key stops
 * start-up instead of printing a blank.
 */
import { z } from 'zod';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/load.js';
import { KnowledgeError } from '../knowledge/errors.js';
import { displayName, readJson } from '../knowledge/readJson.js';
import { speaking } from '../knowledge/speaking.js';
import type { Inline } from './parts.js';

export const MESSAGES_FILE = 'language/zh/messages.json';
/** The same names in English (issue 14), written when the conversation is in English. */
export const ENGLISH_MESSAGES_FILE = 'language/en/messages.json';

const MessagesSchema = z.strictObject({
  about: z.string().min(1),
  /** Sentences the bot says; `{name}` marks a value filled in by the code. */
  texts: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a name like "thanks"'), z.string()),
});

/** Every text the code uses, by name. */
export const MESSAGE_NAMES = [
  // money (money.ts)
  'yuanWan', 'yuan', 'amountCap', 'amountPerYearShort', 'amountYears',
  // help and conversation
  'helpIntro', 'helpExamples', 'thanks', 'empty', 'unreadable', 'reset', 'error', 'truncated', 'factsNoted',
  'procedureNote', 'procedureText', 'bareReply',
  // clause names, units and the validity note
  'itemName', 'sectionName', 'sectionHeading', 'partNumerals', 'noticeName', 'preambleName', 'unitSeparator',
  'validityInForce', 'validityNotYet', 'validityEnded', 'validityWhomDefault',
  // renderers
  'leadUnitsLabel', 'totalLabel', 'totalLabelBare', 'followUpHeading', 'questionEcho', 'wechatAmounts', 'basis',
  'textFollowUpHeading', 'textCitation',
  // clause lookup
  'clauseNotFound', 'itemHead', 'quotedSentence', 'quotedClause', 'unitsLine', 'responsibleSuffix',
  'noLeadUnits', 'unitsAnswer', 'responsibleSentence', 'nonexistentItem', 'clauseStop',
  // targets and the catalogue
  'targetLine', 'targetBy', 'targetBudgetNote', 'targetGoalNote',
  'catalogueHead', 'catalogueLine', 'catalogueHint',
  // near misses
  'noAmountMoney', 'noAmountCostUnsaid', 'noAmountNone', 'noAmountNoneCost', 'noAmountGiven', 'quoted', 'quoteSeparator',
  'moneyNouns', 'moneyNounDefault', 'serviceNote',
  // entitlement verdicts
  'verdictEligible', 'grantInForce', 'grantAfterPeriod', 'stillAssessed', 'assessedSeparator', 'verbatim',
  'verdictUnsettled', 'verdictOpenPoint', 'verdictIneligible', 'failedDefault', 'verdictOpen', 'openConditions', 'conditionSeparator',
  'openIfYes', 'allRuledOut', 'allUnsettled', 'otherBenefitsHint', 'questionsBelow', 'factsRecorded', 'recordedSeparator', 'answerNotRead', 'recordedYear', 'recordedMonth', 'recordedDay', 'openPoint', 'openPointAttention', 'leadUnitsSentence',
  // the calculator (src/calculator/words.ts): facts said back, failing conditions, questions
  'factYesNo', 'factYes', 'factNo', 'factValue', 'failedCondition', 'outsideYears', 'evaluationDate', 'endsBeforeStart',
  'tooLong', 'spanFull', 'spanOver', 'exactDateNeeded', 'assumedUntil', 'dateRounding', 'notProvided',
  // the calculator: amounts and how they were computed
  'moneyRounding', 'amountCapped', 'amountPerYear', 'amountPerYearUnstated', 'amountPerYearTotal', 'shareRatio',
  'sharePercent', 'shareAtLeastWord', 'shareAtLeast', 'shareComputed', 'interestTerms', 'interestFormula',
  'interestComputed', 'interestOverCap', 'loanMonths', 'tableBenchmark', 'statedBenchmark', 'loanRateNotBasis',
  'sourceTable', 'sourceStated', 'unstatedBenefit', 'inKindTerm', 'yearsWord', 'assessedCondition', 'conditionJoin',
  'beneficiaryPerson', 'beneficiaryEnterprise', 'beneficiaryTeam', 'beneficiaryInstitution',
  // the calculator: the policy period
  'periodAskLead', 'periodAskDefault', 'periodNotYet', 'periodEnded',
  'eventRequires', 'eventBefore', 'eventAfter', 'eventEarly', 'eventEarlyNote', 'eventExactDate', 'precisionDay', 'precisionMonth',
] as const;

export type MessageName = (typeof MESSAGE_NAMES)[number];

let loaded: Readonly<Record<MessageName, string>> | undefined;
let loadedEnglish: Readonly<Record<MessageName, string>> | undefined;

/** Loads and checks the catalogue of `dir` (the project's knowledge/ by default); `path` picks the language's file. */
export function loadMessages(dir: string = DEFAULT_KNOWLEDGE_DIR, path: string = MESSAGES_FILE): Readonly<Record<MessageName, string>> {
  const file = displayName(dir, path);
  const { texts } = readJson(dir, path, MessagesSchema);
  const wanted = new Set<string>(MESSAGE_NAMES);
  const extra = Object.keys(texts).find((n) => !wanted.has(n));
  if (extra) throw new KnowledgeError(file, `texts.${extra}`, 'is not used by the code; remove it or name it in src/answer/messages.ts');
  const missing = MESSAGE_NAMES.find((n) => texts[n] === undefined);
  if (missing) throw new KnowledgeError(file, `texts.${missing}`, 'is missing; the code needs it');
  return Object.freeze(texts as Record<MessageName, string>);
}

/** The raw text of one message, slots unfilled. */
export function message(name: MessageName): string {
  if (speaking() === 'en') return (loadedEnglish ??= loadMessages(DEFAULT_KNOWLEDGE_DIR, ENGLISH_MESSAGES_FILE))[name];
  loaded ??= loadMessages();
  return loaded[name];
}

type Values = Readonly<Record<string, string | number>>;

/** A template cut once into its words and its slots, so filling it is a join, not a regex per call. */
type Piece = { text: string } | { slot: string };
const compiled = new Map<MessageName, Piece[]>();
const compiledEnglish = new Map<MessageName, Piece[]>();

function pieces(name: MessageName): Piece[] {
  const cache = speaking() === 'en' ? compiledEnglish : compiled;
  let out = cache.get(name);
  if (!out) {
    out = [];
    const text = message(name);
    let last = 0;
    for (const m of text.matchAll(/\{([a-zA-Z0-9]+)\}/g)) {
      if (m.index > last) out.push({ text: text.slice(last, m.index) });
      out.push({ slot: m[1]! });
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push({ text: text.slice(last) });
    cache.set(name, out);
  }
  return out;
}

/** One message with its `{name}` slots filled; a slot without a value is a bug, kept visible. */
export function say(name: MessageName, values: Values = {}): string {
  let out = '';
  for (const p of pieces(name)) out += 'text' in p ? p.text : p.slot in values ? String(values[p.slot]) : `{${p.slot}}`;
  return out;
}

/**
 * One message as line pieces: a slot may hold a clause reference (or pieces), which stays a
 * reference so each channel names the clause its own way.
 */
export function sayInline(name: MessageName, values: Readonly<Record<string, string | number | Inline | Inline[]>> = {}): Inline[] {
  const out: Inline[] = [];
  for (const p of pieces(name)) {
    if ('text' in p) push(out, p.text);
    else {
      const v = p.slot in values ? values[p.slot]! : `{${p.slot}}`;
      if (Array.isArray(v)) for (const piece of v) push(out, piece);
      else push(out, typeof v === 'number' ? String(v) : v);
    }
  }
  return out;
}

/** Words join the words before them; a clause reference stays a piece of its own. */
function push(out: Inline[], p: Inline): void {
  if (typeof p === 'string') {
    if (!p) return;
    if (typeof out[out.length - 1] === 'string') out[out.length - 1] += p;
    else out.push(p);
  } else out.push(p);
}
