/**
 * One turn of a conversation: reads the message, picks the intent, and builds the Answer. The
 * session is read here and changed only through the returned `next` state, so a turn that fails
 * half-way leaves the conversation as it was.
 */
import type { Answer } from '../answer/types.js';
import { GREETING, HELP, RESET, THANKS } from './cues.js';
import { answerClause, answerUnits } from './intents/clauseLookup.js';
import { answerDocumentFact, documentFactAsked } from './intents/documentFacts.js';
import { EMPTY_TEXT, RESET_TEXT, THANKS_TEXT, TRUNCATED_NOTE, helpText } from './intents/help.js';
import { answerTargets, targetsAsked } from './intents/targets.js';
import { answerEntitlement } from './intents/entitlement.js';
import { answerCatalogue } from './intents/catalogue.js';
import { rule as ruleById } from '../calculator/index.js';
import { BROAD_CUE, MONEY_CUE, benefitsNamed } from './benefits.js';
import { extractFacts } from './facts/extract.js';
import { clauseNumber, findClauses } from './clauseFinder.js';
import { normalizeText } from './normalize.js';
import { outOfScopeReply, reply } from './reply.js';
import { MAX_INPUT_CHARS, sanitize } from './sanitize.js';
import { OUT_OF_SCOPE_TEXT, offTopicReason } from './scope.js';
import type { Session } from './session.js';
import { clauseTopic, type Topic } from './topic.js';
import { validityOn } from './validity.js';

export interface TurnResult {
  answer: Answer;
  /** The session as it should be after this turn; null means forget the conversation. */
  next: Pick<Session, 'facts' | 'topic' | 'asked'> | null;
}

/** "找哪个部门", "谁负责", "牵头单位": who to contact about the topic. */
export const UNITS_CUE = /牵头|责任单位|负责单位|哪个部门|哪个单位|哪些部门|哪些单位|什么部门|什么单位|找谁|找哪|谁负责|谁管|谁来管|哪里办|去哪办|在哪办|去哪申请|到哪申请|向谁申请|哪里申请|主管部门|归谁管|联系谁|咨询谁|对接部门/;

export function turn(user: string, raw: unknown, session: Session, asOf: string): TurnResult {
  const validity = validityOn(asOf);
  const { text: clean, truncated } = sanitize(raw);
  const text = normalizeText(clean);
  const keep = { facts: session.facts, topic: session.topic, asked: session.asked };
  const withNote = (a: Answer): Answer => (truncated ? { ...a, answer: `${TRUNCATED_NOTE(MAX_INPUT_CHARS)}\n${a.answer}` } : a);
  const answered = (a: Answer, topic: Topic | null = keep.topic, facts = keep.facts): TurnResult =>
    ({ answer: withNote(a), next: { facts, topic, asked: keep.asked } });

  if (!text) return answered(reply(user, validity, { answer: EMPTY_TEXT }));
  const bare = text.replace(/[\s\p{P}\p{S}]/gu, '');
  if (RESET.test(bare)) return { answer: withNote(reply(user, validity, { answer: RESET_TEXT })), next: null };
  if (GREETING.test(bare) || HELP.test(bare)) return answered(reply(user, validity, { answer: helpText() }));
  if (THANKS.test(bare)) return answered(reply(user, validity, { answer: THANKS_TEXT }));

  const numbered = clauseNumber(text);
  if (numbered) {
    const body = UNITS_CUE.test(text) ? answerUnits(numbered, validity) : answerClause(numbered, validity);
    return answered(reply(user, validity, body), clauseTopic(numbered));
  }

  const docFact = documentFactAsked(text);
  if (docFact) return answered(reply(user, validity, answerDocumentFact(docFact, validity)));

  if (offTopicReason(text)) return answered(outOfScopeReply(user, validity, OUT_OF_SCOPE_TEXT));

  const targets = targetsAsked(text);
  if (targets.length) {
    const body = answerTargets(targets, validity);
    return answered(reply(user, validity, body), clauseTopic(body.citations[0]!));
  }

  const named = benefitsNamed(text, (id) => ruleById(id) !== undefined);
  const stated = extractFacts(text, asOf, named.length ? named : keep.topic?.benefits ?? []);
  const facts = { ...keep.facts, ...stated };
  const hasFacts = Object.keys(stated).length > 0;
  const anaphoric = ANAPHORA.test(text);

  if (UNITS_CUE.test(text)) {
    const fromBenefit = named.length ? ruleById(named[0]!)?.clause : undefined;
    const fromTopic = keep.topic?.clauses[0];
    const id = fromBenefit ?? ((anaphoric && fromTopic) || findClauses(text, 1)[0]?.clauseId || fromTopic);
    if (id) return answered(reply(user, validity, answerUnits(id, validity)), clauseTopic(id), facts);
  }

  const money = MONEY_CUE.test(text);
  const broad = BROAD_CUE.test(text);
  let benefits: string[] = [];
  let specific = false;
  if (named.length && (money || hasFacts || broad || bareLength(text) <= 8)) {
    benefits = named;
    specific = true;
  } else if (!named.length && keep.topic?.benefits.length && (hasFacts || anaphoric || (money && bareLength(text) <= 8))) {
    benefits = keep.topic.benefits;
    specific = keep.topic.specific;
  } else if (!named.length && Object.keys(facts).length && (money || broad)) {
    benefits = [];
    specific = false;
  } else if (!named.length && money && broad) {
    return answered(reply(user, validity, answerCatalogue(validity)), keep.topic, facts);
  }
  if (benefits.length || (!named.length && Object.keys(facts).length && (money || broad))) {
    const body = answerEntitlement(facts, benefits, specific, validity);
    if (body.citations.length || body.amounts.length) {
      const topic: Topic = { clauses: body.citations, benefits: benefits.length ? benefits : body.rules, specific };
      return answered(reply(user, validity, body), topic, facts);
    }
  }

  const hits = findClauses(text, 3);
  const best = hits[0];
  if (best) {
    return answered(reply(user, validity, answerClause(best.clauseId, validity, sentenceOf(best))), clauseTopic(best.clauseId), facts);
  }
  if (hasFacts) {
    // Facts with no question yet ("我是博士"): remember them and ask what the asker wants to know.
    return answered(reply(user, validity, { answer: FACTS_NOTED }), keep.topic, facts);
  }
  return answered(outOfScopeReply(user, validity, OUT_OF_SCOPE_TEXT));
}

/** "那硕士呢", "国家级的呢", "这个", "省级的": a message that leans on the previous turn. */
const ANAPHORA = /呢|^那|^这个|^这|^那个|的$|^还有|^如果|^要是|^换成|^改成/;

const FACTS_NOTED = '好的，记下了。您想了解哪方面？例如“有哪些补贴”“购房补贴”“创业补贴”。';

function bareLength(text: string): number {
  return text.replace(/[\s\p{P}\p{S}]/gu, '').length;
}

/** The matched sentence of a hit, whatever shape the search returns it in. */
function sentenceOf(hit: { sentence: unknown }): string | undefined {
  const s = hit.sentence as string | { sentence?: string } | undefined;
  return typeof s === 'string' ? s : s?.sentence;
}
