/**
 * Honest refusals: decides when a message is about something this policy does not cover, and
 * says so plainly with what the policy does cover.
 */
import { knowledge } from '../knowledge/index.js';
import { PLACES_BOOK, fill, texts, words } from '../knowledge/language.js';
import { speaking } from '../knowledge/speaking.js';
import { OFF_TOPIC, OFF_TOPIC_UNLESS, OTHER_PLACES, PLACE_AS_FACT, PLACE_AS_FACT_AFTER, PLACE_AS_PARTNER, PLACE_AS_PARTNER_AFTER, PLACE_EXCEPTIONS } from './cues.js';

const T = texts('language/zh/scope.json', ['policyName', 'whatICover', 'outOfScope', 'unprovided']);
/** The policy's own city: a message naming it is about this policy, whatever other city it names. */
const [HERE] = words(PLACES_BOOK, ['here']).here;

/** The document by its 文号 and title, as knowledge/document.json gives them. */
const { docNumber, title } = knowledge().document;
const POLICY_NAME = fill(T.policyName, { docNumber, title });

export const OUT_OF_SCOPE_TEXT = fill(T.outOfScope, { policyName: POLICY_NAME, whatICover: T.whatICover });

/** The refusal in the language being written (issue 14): the Chinese one is made once, above. */
export function outOfScopeText(): string {
  return speaking() === 'en' ? fill(T.outOfScope, { policyName: fill(T.policyName, { docNumber, title }), whatICover: T.whatICover }) : OUT_OF_SCOPE_TEXT;
}

/** "稳岗补贴多少": the subsidy asked about is named, so the reader sees what the policy lacks. */
export const UNPROVIDED_TEXT = (name: string): string =>
  fill(T.unprovided, { policyName: speaking() === 'en' ? fill(T.policyName, { docNumber, title }) : POLICY_NAME, whatICover: T.whatICover, name });

/** Why a message is out of scope, or null when nothing marks it so. */
export function offTopicReason(text: string): 'topic' | 'place' | 'nothing' | null {
  if (OFF_TOPIC.test(text) && !OFF_TOPIC_UNLESS.test(text)) return 'topic';
  if (otherPlaceAsked(text)) return 'place';
  if (!/[\p{Script=Han}\p{L}\p{N}]/u.test(text)) return 'nothing';
  return null;
}

/** True when the message asks about another city's policy rather than stating where the asker works. */
export function otherPlaceAsked(text: string): boolean {
  if (text.includes(HERE!)) return false;
  const clean = text.replace(PLACE_EXCEPTIONS, '');
  for (const place of OTHER_PLACES) {
    let at = clean.indexOf(place);
    while (at >= 0) {
      const before = clean.slice(0, at);
      const after = clean.slice(at + place.length);
      const partner = PLACE_AS_PARTNER.test(before) && PLACE_AS_PARTNER_AFTER.test(after);
      if (!(partner || PLACE_AS_FACT.test(before) || PLACE_AS_FACT_AFTER.test(after))) return true;
      at = clean.indexOf(place, at + 1);
    }
  }
  return false;
}

/** Other places the asker says they work or live in: facts, not questions. */
export function placesAsFacts(text: string): string[] {
  const clean = text.replace(PLACE_EXCEPTIONS, '');
  return OTHER_PLACES.filter((place) => {
    const at = clean.indexOf(place);
    return at >= 0 && (PLACE_AS_FACT.test(clean.slice(0, at)) || PLACE_AS_FACT_AFTER.test(clean.slice(at + place.length)));
  });
}
