/**
 * The one shape of an intent: whether it applies to the parsed message and the session, with what
 * score and on what evidence, and the reply it builds. Listed in index.ts; chosen in choose.ts.
 */
import type { Answer, Validity } from '../../answer/types.js';
import type { Parsed } from '../../understand/index.js';
import type { Facts } from '../facts/types.js';
import type { Session } from '../session.js';

export interface TurnResult {
  answer: Answer;
  /** The session as it should be after this turn; null means forget the conversation. */
  next: Pick<Session, 'facts' | 'topic' | 'pending' | 'offer' | 'language'> | null;
  /** Set when the question is handed to the lead units (payment dates, status, where to apply): for the log. */
  handoff?: { units: string[] };
}

/** What a listener may read besides the parse: the session before the turn, and the turn's date. */
export interface TurnContext {
  user: string;
  session: Session;
  asOf: string;
  validity: Validity;
  /** The session's facts with this message's merged in: what the calculator is asked with. */
  facts: Facts;
}

export interface Match<D> {
  /** 0–1: how sure the listener is that this is the reply wanted. */
  score: number;
  /** The cue words, ids or readings the match rests on. */
  evidence: string[];
  /** What the reply needs that the match already worked out. */
  data: D;
}

export interface Listener<D = unknown> {
  name: string;
  /**
   * The highest score match() can give. The chooser asks listeners in falling order of ceiling and
   * stops when no later one could beat the best match, so an answer settled by a clause number
   * never loads the clause index.
   */
  ceiling: number;
  match(p: Parsed, t: TurnContext): Match<D> | null;
  reply(data: D, p: Parsed, t: TurnContext): TurnResult;
}

/** Types a listener's data once, where it is defined; the registry holds listeners of any data. */
export function listener<D>(l: Listener<D>): Listener<unknown> {
  return l as Listener<unknown>;
}

/** A match with score 1 and no data: rules that win outright. */
export function certain(evidence: (string | null | undefined)[]): Match<undefined> | null {
  const words = evidence.filter((e): e is string => typeof e === 'string');
  return words.length ? { score: 1, evidence: words, data: undefined } : null;
}
