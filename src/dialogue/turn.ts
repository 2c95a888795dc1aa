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

  const hits = findClauses(text, 3);
  if (UNITS_CUE.test(text)) {
    const id = hits[0]?.clauseId ?? keep.topic?.clauses[0];
    if (id) return answered(reply(user, validity, answerUnits(id, validity)), hits[0] ? clauseTopic(id) : keep.topic);
  }
  const best = hits[0];
  if (best) {
    return answered(reply(user, validity, answerClause(best.clauseId, validity, best.sentence)), clauseTopic(best.clauseId));
  }
  return answered(outOfScopeReply(user, validity, OUT_OF_SCOPE_TEXT));
}
