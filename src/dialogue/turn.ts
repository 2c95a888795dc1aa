/**
 * One turn of a conversation, in four steps: understand the message (src/understand: one parse,
 * computed once), choose the listener that answers it (listeners/choose.ts), let it reply, and
 * return the session as it should be after the turn. The session is read here and changed only
 * through the returned `next` state, so a turn that fails half-way leaves the conversation as it was.
 */
import { understand, type Parsed, type UnderstandOptions } from '../understand/index.js';
import { suggestNext } from './clarify/suggest.js';
import type { Facts } from './facts/types.js';
import { TRUNCATED_NOTE } from './intents/help.js';
import { choose } from './listeners/choose.js';
import { LISTENERS } from './listeners/index.js';
import type { TurnContext, TurnResult } from './listeners/types.js';
import { prependToAnswer } from './reply.js';
import { MAX_INPUT_CHARS } from './sanitize.js';
import type { Session } from './session.js';
import { validityOn } from './validity.js';
import { englishAnswer } from './english.js';
import { inLanguage } from '../knowledge/speaking.js';

export type { TurnResult } from './listeners/types.js';

/** The turn's result, with what the conversation log reads of it: the listener that answered and the parse. */
export interface TurnOutcome extends TurnResult {
  intent: string;
  parse: Parsed;
}

export interface TurnOptions extends UnderstandOptions {
  /** Listeners to choose from (default: listeners/index.ts). */
  listeners?: typeof LISTENERS;
}

export function turn(user: string, raw: unknown, session: Session, asOf: string, options: TurnOptions = {}): TurnOutcome {
  const parse = understand(raw, { asOf, topic: session.topic, pending: session.pending, language: session.language }, options);
  const t: TurnContext = new Turn(user, session, asOf, parse);
  // An English conversation (issue 14) is answered with the English catalogue, then its data put in English.
  const english = parse.latin?.language === 'en';
  const outcome = english ? inLanguage('en', () => decide(parse, t, options)) : decide(parse, t, options);
  if (english) outcome.answer = englishAnswer(outcome.answer);
  // The conversation's language follows the last message that said which (issue 14).
  const language = parse.latin?.language ?? (session.language === 'en' ? 'zh' : undefined);
  if (language && outcome.next) outcome.next = { ...outcome.next, language };
  return outcome;
}

/** Choose the listener, let it reply, offer the next candidates when unsure. */
function decide(parse: Parsed, t: TurnContext, options: TurnOptions): TurnOutcome {
  const { listener, match } = choose(options.listeners ?? LISTENERS, parse, t);
  // A certain rule's answer, or one about a benefit the message names outright, takes no offer, and
  // so never runs the model (第十七条 loads no index; 博士购房补贴多少 reads no clause search).
  const reply = listener.reply(match.data, parse, t);
  const result = match.score >= 1 || parse.benefits.named.length ? reply : suggestNext(reply, parse);
  const outcome = { ...result, intent: listener.name, parse };
  if (parse.truncated) outcome.answer = prependToAnswer(result.answer, 'notice', TRUNCATED_NOTE(MAX_INPUT_CHARS));
  return outcome;
}

/**
 * What a listener reads besides the parse. A class, so that every turn's context has one shape
 * and one getter: an object literal with a getter makes a closure each turn, which V8 keeps (and
 * copies into its old generation) until its next full collection.
 */
class Turn implements TurnContext {
  readonly validity: TurnContext['validity'];
  private merged: Facts | undefined;

  constructor(readonly user: string, readonly session: Session, readonly asOf: string, private readonly parse: Parsed) {
    this.validity = validityOn(asOf);
  }

  /** Read only by listeners that need the message's facts (a clause number never works them out). */
  get facts(): Facts {
    return (this.merged ??= withStated(this.session.facts, this.parse.facts));
  }
}

/** The session's facts with the message's merged in; "不是新列入的" after "2020年新列入" withdraws the year. */
function withStated(before: Facts, said: { stated: Facts; withdrawsRecognitionDate: boolean }): Facts {
  const facts = { ...before, ...said.stated };
  if (said.withdrawsRecognitionDate) delete facts.recognitionDate;
  return facts;
}
