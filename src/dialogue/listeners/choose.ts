/**
 * Choosing the reply: the listener whose match scores highest, ties going to the earlier one in
 * the registry. Listeners are asked in falling order of their ceiling (the best score they can
 * give), and asking stops once no later listener could beat the best match: so a rule that wins
 * outright (score 1) settles the turn before anything costly is worked out, and the clause search
 * runs only when nothing scored above what it could reach.
 *
 * This is the seam for a trained model: a component of the understanding stage adds its intent
 * scores to the parse (Parsed.intents), and listeners take their score from there instead of from
 * the fixed rule scores; a rule that is certain keeps its 1 and still wins outright.
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

export function choose(listeners: readonly Listener[], p: Parsed, t: TurnContext): Choice {
  let ordered = byCeiling.get(listeners);
  if (!ordered) byCeiling.set(listeners, (ordered = [...listeners].sort((a, b) => b.ceiling - a.ceiling)));
  const asked: Choice['asked'] = [];
  let best: { listener: Listener; match: Match<unknown> } | undefined;
  for (const listener of ordered) {
    if (best && best.match.score >= listener.ceiling) break;
    const match = listener.match(p, t);
    asked.push({ name: listener.name, match });
    if (match && (!best || match.score > best.match.score)) best = { listener, match };
  }
  if (!best) throw new Error('no listener matched: the registry must end in a catch-all');
  return { ...best, asked };
}
