/**
 * Choosing the reply: the listener whose match scores highest, ties going to the earlier one in
 * the registry. Listeners are asked in falling order of their ceiling (the best score they can
 * give), and asking stops once no later listener could beat the best match: so a rule that wins
 * outright (score 1) settles the turn before anything costly is worked out, and the clause search
 * runs only when nothing scored above what it could reach.
 *
 * This is the seam for a trained model: a component of the understanding stage adds candidates to
 * Parsed.intents with a `source`, each named after a listener; such a listener is then ranked by
 * the learned score instead of its rule score (whether it applies stays with its rules). A rule
 * that is certain keeps its 1 and still wins outright. Without learned candidates, nothing changes.
 */
import type { Parsed } from '../../understand/index.js';
import type { Listener, Match, TurnContext } from './types.js';

export interface Choice {
  listener: Listener;
  match: Match<unknown>;
  /** Every listener asked, in the order asked, with its match or null (for explaining a choice). */
  asked: { name: string; match: Match<unknown> | null }[];
}

/** Each registry sorted once (a stable sort keeps registry order among equal ceilings). */
const byCeiling = new WeakMap<readonly Listener[], readonly Listener[]>();

/** The score a model (not the rules) gave the listener's intent in this parse, if any. */
function learned(p: Parsed, listener: Listener): number | undefined {
  return p.intents.find((c) => c.source !== undefined && c.intent === listener.name)?.score;
}

/** A certain rule keeps its ceiling of 1; any other listener may be lifted (or lowered) by a model. */
function ceiling(p: Parsed, l: Listener, learnedOf: (l: Listener) => number | undefined = (x) => learned(p, x)): number {
  return l.ceiling >= 1 ? 1 : learnedOf(l) ?? l.ceiling;
}

export function choose(listeners: readonly Listener[], p: Parsed, t: TurnContext): Choice {
  let ordered = byCeiling.get(listeners);
  if (!ordered) byCeiling.set(listeners, (ordered = [...listeners].sort((a, b) => b.ceiling - a.ceiling)));
  const asked: Choice['asked'] = [];
  let best: { listener: Listener; match: Match<unknown> } | undefined;
  let ranked = false;
  // Whether a model scored any intent, asked once: without one (the usual case) no listener's
  // learned score is looked up in the candidates again and again.
  let anyLearned: boolean | undefined;
  const learnedOf = (l: Listener): number | undefined => {
    anyLearned ??= p.intents.some((c) => c.source !== undefined);
    return anyLearned ? learned(p, l) : undefined;
  };
  for (let i = 0; i < ordered.length; i++) {
    // Nothing beats a certain match (scores are 0–1).
    if (best && best.match.score >= 1) break;
    // The certain rules come first with or without a model (their ceiling stays 1, and the sort is
    // stable); past them, the listeners are ranked by what a model learned, if anything. Asked only
    // here, so that a turn a certain rule settles never works out the candidate intents.
    if (!ranked && ordered[i]!.ceiling < 1) {
      ranked = true;
      anyLearned ??= p.intents.some((c) => c.source !== undefined);
      if (anyLearned) ordered = [...ordered.slice(0, i), ...ordered.slice(i).sort((a, b) => ceiling(p, b, learnedOf) - ceiling(p, a, learnedOf))];
    }
    const listener = ordered[i]!;
    if (best && best.match.score >= ceiling(p, listener, learnedOf)) break;
    let match = listener.match(p, t);
    // The listener's rules still decide whether it applies and what its reply needs; a learned
    // score only ranks it among the others.
    const score = match && match.score < 1 ? learnedOf(listener) : undefined;
    if (match && score !== undefined) match = { ...match, score };
    asked.push({ name: listener.name, match });
    if (match && (!best || match.score > best.match.score)) best = { listener, match };
  }
  if (!best) throw new Error('no listener matched: the registry must end in a catch-all');
  return { ...best, asked };
}
