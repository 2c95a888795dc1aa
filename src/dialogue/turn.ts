/**
 * One turn of a conversation: reads the message, picks the intent, and builds the Answer. The
 * session is read here and changed only through the returned `next` state, so a turn that fails
 * half-way leaves the conversation as it was.
 */
import type { Answer } from '../answer/types.js';
import { AMOUNT_ASKED, ANAPHORA, ELLIPSIS_GLUE, FINAL_PARTICLES, GREETING, HELP, PROCEDURE_CUE, RESET, THANKS, UNITS_CUE } from './cues.js';
import { answerClause, answerUnits, nonexistentItem, type ClauseAnswerOptions } from './intents/clauseLookup.js';
import { answerDocumentFact, documentFactAsked, moreDocumentFactsAsked } from './intents/documentFacts.js';
import {
  BARE_REPLY_TEXT, EMPTY_TEXT, FACTS_NOTED, PROCEDURE_NOTE, PROCEDURE_TEXT, RESET_TEXT, THANKS_TEXT, TRUNCATED_NOTE, helpText,
} from './intents/help.js';
import { answerTargets, targetsAsked } from './intents/targets.js';
import { answerCatalogue } from './intents/catalogue.js';
import { noAmountNote, serviceNote } from './intents/noAmount.js';
import { answerEntitlement } from './intents/entitlement.js';
import { chooseBenefits } from './intents/route.js';
import { siblingsFor } from './intents/siblings.js';
import { openPointAsked } from './intents/openPoint.js';
import { rule as ruleById, type Profile } from '../calculator/index.js';
import { benefitsNamed, moneyCue, unprovidedSubsidy, withoutMoneyWords } from './benefits.js';
import { extractFacts } from './facts/extract.js';
import { DENIES_NEW } from './facts/enterprise.js';
import { firstTimeAnswer, isBareYesNo, valueAnswer, withoutRetraction, yesNoAnswer } from './facts/answers.js';
import { clauseNumber, clauseNumbers, findClauses, sentenceOf, subjectOf, unknownSubsidy } from './clauseFinder.js';
import { normalizeText } from './normalize.js';
import { withoutStickers } from './stickers.js';
import { outOfScopeReply, reply } from './reply.js';
import { MAX_INPUT_CHARS, sanitize } from './sanitize.js';
import { OUT_OF_SCOPE_TEXT, UNPROVIDED_TEXT, offTopicReason } from './scope.js';
import type { Session } from './session.js';
import { clauseTopic, type Topic } from './topic.js';
import { validityOn } from './validity.js';
import { validityNote } from '../answer/format.js';
import { knowledge } from '../knowledge/index.js';

export interface TurnResult {
  answer: Answer;
  /** The session as it should be after this turn; null means forget the conversation. */
  next: Pick<Session, 'facts' | 'topic' | 'pending'> | null;
}

/** Facts of the document whose cue words never occur in a benefit question. */
const UNAMBIGUOUS_DOC_FACTS = new Set(['docNumber', 'meeting', 'recipients', 'overview']);

/**
 * "国家级领军的呢" after a question on 薪酬补贴: a variant of the current topic, not a new one,
 * although 领军 alone would name the 引进资助 of item-15.
 */
function leansOnTopic(text: string, money: boolean, topic: Topic | null, asOf: string): boolean {
  if (!topic?.benefits.length || money || !/呢$|呢[?？]?$|^那/.test(text)) return false;
  // Only a variant of a fact the topic's rules test leans ("那硕士呢", "省级的呢"); "高企呢" after 孵化器
  // names a new subject, whose name (高新技术企业) is no fact about the asker, and "那省级孵化器呢"
  // after 购房补贴 states a level no housing rule tests.
  const tested = new Set(topic.benefits.flatMap((id) => ruleById(id)?.conditions.map((c) => c.fact) ?? []));
  return Object.keys(extractFacts(text, asOf, topic.benefits)).some((k) => k !== 'recognitionKind' && tested.has(k));
}

const QUANTITY = /[\d.一二两三四五六七八九十百千万]+(?:个月|年|万元|万|元|月|次|套|%)?/g;

/** Whether an ellipsis has a subject of its own beyond glue and money words ("那天使投资基金呢"). */
function ownSubject(bare: string): boolean {
  // "那如果是二手房呢" supposes a variant of the asker's own case, whatever words it uses.
  if (/^那?(?:如果|要是|假如|假设|换成|改成)/.test(bare)) return false;
  // A figure ("三年一共多少") is a detail of the topic, not a subject.
  return withoutMoneyWords(bare).replace(QUANTITY, '').replace(ELLIPSIS_GLUE, '').length >= 2;
}

/**
 * "国家级领军人才" right after "您属于哪一层次的人才？" answers the question on the topic (薪酬补贴);
 * it does not switch to the 引进资助 that 领军 alone would name. A money word makes it a new question.
 */
function answersPending(text: string, session: Session, asOf: string, money: boolean): boolean {
  const topic = session.topic;
  if (money || !topic?.benefits.length || !session.pending.length) return false;
  return Object.keys(extractFacts(text, asOf, topic.benefits)).some((fact) => session.pending.includes(fact));
}

export function turn(user: string, raw: unknown, session: Session, asOf: string): TurnResult {
  const validity = validityOn(asOf);
  const { text: clean, truncated } = sanitize(raw);
  const text = withoutStickers(normalizeText(clean));
  const topic = session.topic;
  const withNote = (a: Answer): Answer => (truncated ? { ...a, answer: `${TRUNCATED_NOTE(MAX_INPUT_CHARS)}\n${a.answer}` } : a);
  const answered = (a: Answer, next: Topic | null = topic, facts = session.facts, pending: string[] = []): TurnResult =>
    ({ answer: withNote(a), next: { facts, topic: next, pending } });
  const say = (parts: Parameters<typeof reply>[2]) => reply(user, validity, parts);

  if (!text) return answered(say({ answer: EMPTY_TEXT }), topic, session.facts, session.pending);
  const bare = text.replace(/[\s\p{P}\p{S}]/gu, '');
  if (RESET.test(bare)) return { answer: withNote(say({ answer: RESET_TEXT })), next: null };
  const plain = bare.replace(FINAL_PARTICLES, '') || bare;
  if (GREETING.test(plain) || HELP.test(plain)) return answered(say({ answer: helpText() }));
  if (THANKS.test(plain)) return answered(say({ answer: THANKS_TEXT }));

  const money = moneyCue(text);
  // What a money question asks about, without its money words; segmenting it costs a search-index
  // analysis, so it is worked out once a turn and only when a branch needs it.
  let subjectMemo: string | undefined;
  const subject = (): string => (subjectMemo ??= subjectOf(text));
  const said = leansOnTopic(text, money, topic, asOf) ? [] : benefitsNamed(text, (id) => ruleById(id) !== undefined);
  // A clause quoted for a money question says plainly what money it sets, if any.
  const clauseReply = (id: string, sentence?: string, options?: ClauseAnswerOptions) => {
    const body = answerClause(id, validity, sentence, options);
    const note = money ? noAmountNote(id, said, text) : openPointNote(id, text, body.answer);
    return note ? { ...body, answer: `${note}\n${body.answer}` } : body;
  };

  // "第16条和第17条有什么区别", "第3条和第6条谁牵头": each clause in turn, all cited.
  const several = clauseNumbers(text);
  if (several.length) {
    // One validity note for all of them, naming every lead unit, instead of one per clause.
    const bare = { withValidity: false };
    const bodies = several.map((id) => (UNITS_CUE.test(text) ? answerUnits(id, validity, bare) : clauseReply(id, undefined, bare)));
    const answer = bodies.map((b) => b.answer).join('\n\n');
    const note = validityNote(validity, [...new Set(several.flatMap((id) => knowledge().clause(id)?.lead ?? []))]);
    return answered(say({ answer: `${answer}\n${note}`, citations: bodies.flatMap((b) => b.citations) }), clauseTopic(several[0]!));
  }
  const numbered = clauseNumber(text);
  if (numbered) {
    // "第11条免费厂房几年，谁负责" asks more than the units: the clause, whose answer names them too.
    const unitsOnly = UNITS_CUE.test(text) && !asksBeyondUnits(bare);
    const body = unitsOnly ? answerUnits(numbered, validity) : clauseReply(numbered);
    return answered(say(body), clauseTopic(numbered));
  }
  const missingItem = nonexistentItem(text);
  if (missingItem) return answered(say({ answer: missingItem }));

  // An answer to the pending question names only benefits of the topic it answers.
  // "说错了，我是顶尖人才" corrects a fact of the topic; 顶尖人才 does not switch to item-15's grant.
  const correcting = !money && Boolean(topic?.benefits.length) && withoutRetraction(bare) !== bare;
  const named = correcting || answersPending(text, session, asOf, money) ? said.filter((id) => topic!.benefits.includes(id)) : said;
  // "博士毕业5年了还能申请创业补贴吗" is about the benefit, not about whether the document is in force.
  const docFact = documentFactAsked(text);
  if (docFact && (!named.length || UNAMBIGUOUS_DOC_FACTS.has(docFact))) {
    return answered(say(answerDocumentFact(docFact, validity, moreDocumentFactsAsked(text, docFact))));
  }
  if (offTopicReason(text)) return answered(outOfScopeReply(user, validity, OUT_OF_SCOPE_TEXT));
  const procedure = PROCEDURE_CUE.test(text);
  if (procedure && !named.length && !topic?.benefits.length) return answered(outOfScopeReply(user, validity, PROCEDURE_TEXT));
  const targets = named.length && money ? [] : targetsAsked(text);
  if (targets.length) {
    const body = answerTargets(targets, validity);
    return answered(say(body), clauseTopic(body.citations[0]!));
  }

  const topicBenefits = named.length ? named : topic?.benefits ?? [];
  const shortReply = withoutRetraction(bare);
  const stated: Partial<Profile> = {
    ...yesNoAnswer(shortReply, session.pending),
    ...valueAnswer(text, session.pending, asOf),
    ...firstTimeAnswer(shortReply, topicBenefits, asOf),
    ...extractFacts(text, asOf, topicBenefits),
  };
  const facts = { ...session.facts, ...stated };
  // "不是新列入的" after "2020年新列入": the latest word is that it is not new; the earlier year goes.
  if (stated.recognitionNew === false && stated.recognitionDate === undefined && DENIES_NEW.test(text)) delete facts.recognitionDate;
  const hasFacts = Object.keys(stated).length > 0;
  const anaphoric = ANAPHORA.test(text) || bare.length <= 4;

  // "稳岗补贴多少", "那租房补贴呢": a subsidy the policy never provides is said to be missing, never
  // answered with another benefit's money (nor the topic's). Facts stated alongside are kept.
  if (money && !named.length) {
    const missing = unprovidedSubsidy(text) ?? (hasFacts ? null : unknownSubsidy(text));
    if (missing) return answered(outOfScopeReply(user, validity, UNPROVIDED_TEXT(missing)), topic, facts);
  }

  // "可以申请奖励吗 大概多少钱 找哪个部门" on a named benefit: the entitlement answer names the lead unit too.
  if (UNITS_CUE.test(text) && !(named.length && AMOUNT_ASKED.test(text))) {
    const fromBenefit = named.length ? ruleById(named[0]!)?.clause : undefined;
    const fromTopic = topic?.clauses[0];
    // "找哪个部门", "牵头单位是谁": nothing but the cue, so the question is about the topic.
    const residual = bare.replace(new RegExp(UNITS_CUE.source, 'g'), '').replace(UNITS_GLUE, '');
    const aboutTopic = anaphoric || residual.length <= 2;
    const id = fromBenefit ?? ((aboutTopic && fromTopic) || findClauses(text, 1)[0]?.clauseId || fromTopic);
    if (id) return answered(say(answerUnits(id, validity)), clauseTopic(id), facts);
  }

  // "那有补贴吗" after a clause lookup: the money question is about that clause, whatever else pays.
  const topicClause = topic && !topic.benefits.length ? topic.clauses[0] : undefined;
  if (topicClause && money && anaphoric && !named.length && !subject()) {
    return answered(say(clauseReply(topicClause)), topic, facts);
  }

  // A fact that only restates the benefit's name ("高企" → 高新技术企业) says nothing about the asker.
  const personal = Object.keys(stated).some((k) => k !== 'recognitionKind');
  // Only a question naming no benefit can be subjectless; asking only then keeps the clause index
  // (and nodejieba's load) off the path of "博士购房补贴多少".
  const subjectless = money && !named.length && !subject();
  // "那天使投资基金呢" after a loan question: a new subject with nothing of the asker's in it.
  const fresh = !named.length && !personal && Boolean(topic?.benefits.length) && ownSubject(bare);
  const choice = chooseBenefits({ text, named, topic, hasFacts: personal, anyFacts: Object.keys(facts).length > 0, anaphoric, money: money || procedure, subjectless, ownSubject: fresh });
  if (choice.kind === 'catalogue') return answered(say(answerCatalogue(validity)), topic, facts);
  if (choice.kind === 'entitlement') {
    const onTopic = Boolean(topic?.benefits.length) && !named.length && choice.benefits === topic!.benefits;
    const siblings = onTopic && personal ? siblingsFor(topic!.benefits, stated, facts, asOf) : [];
    if (siblings.length) Object.assign(choice, { benefits: [...choice.benefits, ...siblings], named: [...choice.named, ...siblings] });
    const body = answerEntitlement(facts, choice.benefits, choice.named, validity);
    // A broad question that no known fact bears on is answered with the whole list of benefits.
    if (!body.rules.length && !choice.benefits.length) return answered(say(answerCatalogue(validity)), topic, facts);
    if (body.rules.length) {
      const benefits = choice.benefits.length ? choice.benefits : body.rules;
      const next: Topic = { clauses: body.citations, benefits, specific: choice.named.length > 0 && benefits.every((b) => choice.named.includes(b)) };
      if (procedure) body.answer = `${PROCEDURE_NOTE}\n${body.answer}`;
      // "子女入学有补贴吗": a service asked about as money is said to carry no amount.
      const service = money && !body.amounts.length ? serviceNote(body.citations[0]!, text) : null;
      if (service) body.answer = `${service}\n${body.answer}`;
      const open = openPointNote(body.citations[0]!, text, body.answer);
      if (open) body.answer = `${open}\n${body.answer}`;
      return answered(say(body), next, facts, body.pending);
    }
  }

  const best = findClauses(text, 1, named.length > 0, money)[0];
  if (best) return answered(say(clauseReply(best.clauseId, sentenceOf(best))), clauseTopic(best.clauseId), facts);
  // Facts with no question yet ("我是博士"): remember them and ask what the asker wants to know.
  if (hasFacts) return answered(say({ answer: FACTS_NOTED }), topic, facts);
  // "是的" after a question that is no longer open (a clause was looked up in between).
  if (isBareYesNo(shortReply)) return answered(say({ answer: BARE_REPLY_TEXT }), topic, facts);
  return answered(outOfScopeReply(user, validity, OUT_OF_SCOPE_TEXT));
}

/** "算新获批吗" on a point the text leaves open: said first, unless the answer already says it. */
function openPointNote(clauseId: string, text: string, answer: string): string | null {
  const point = openPointAsked(clauseId, text);
  return point && !answer.includes(point) ? `${point}请以牵头单位解释为准。` : null;
}

/** Glue of a bare units question ("这个找哪个部门办"): what is left after it is its subject, if any. */
const UNITS_GLUE_WORDS = '请问|这个|那个|这|那|是|谁|的|呢|要|去|办|吗|啊|该|应该|可以|问|哪|个|部门|单位|找|理|申请|咨询';
const UNITS_GLUE = new RegExp(UNITS_GLUE_WORDS, 'g');

/** Words of a units question naming clauses ("第17条的牵头单位是哪个部门") that say nothing else. */
const UNITS_FILLER = new RegExp(`${UNITS_GLUE_WORDS}|些|和|及|与|跟|什么|分别|都|有|一下|告诉我|由|归|管|条款?|第?[\\d一二三四五六七八九十]+条?`, 'g');

/** True when a message naming a clause and its units also asks something else of it. */
function asksBeyondUnits(bare: string): boolean {
  return bare.replace(new RegExp(UNITS_CUE.source, 'g'), '').replace(UNITS_FILLER, '').length >= 2;
}
