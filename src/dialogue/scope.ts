/**
 * Honest refusals: decides when a message is about something this policy does not cover, and
 * says so plainly with what the policy does cover.
 */
import { OFF_TOPIC, OTHER_PLACES, PLACE_AS_FACT, PLACE_AS_FACT_AFTER, PLACE_EXCEPTIONS } from './cues.js';

const POLICY_NAME = '本政策（盘政办发〔2019〕29号《关于推进科技创新加快产校地企融协同发展（2019—2021）的实施意见》）';

/** What the bot can answer instead, said after every refusal. */
const WHAT_I_COVER =
  '我可以回答这份政策的条款内容（如“第17条讲什么”），以及其中的补贴和奖励：博士创业薪酬补贴、博士购房补贴、高层次人才资助、' +
  '高新技术企业奖励、研发机构奖励、孵化器和众创空间奖励、知识产权质押贷款贴息等。';

export const OUT_OF_SCOPE_TEXT = `这个问题不在${POLICY_NAME}范围内，我无法回答。${WHAT_I_COVER}`;

/** "稳岗补贴多少": the subsidy asked about is named, so the reader sees what the policy lacks. */
export const UNPROVIDED_TEXT = (name: string): string =>
  `${POLICY_NAME}没有规定“${name}”，也没有规定它的金额，我无法回答。${WHAT_I_COVER}`;

/** Why a message is out of scope, or null when nothing marks it so. */
export function offTopicReason(text: string): 'topic' | 'place' | 'nothing' | null {
  if (OFF_TOPIC.test(text)) return 'topic';
  if (otherPlaceAsked(text)) return 'place';
  if (!/[\p{Script=Han}\p{L}\p{N}]/u.test(text)) return 'nothing';
  return null;
}

/** True when the message asks about another city's policy rather than stating where the asker works. */
export function otherPlaceAsked(text: string): boolean {
  if (text.includes('盘锦')) return false;
  const clean = text.replace(PLACE_EXCEPTIONS, '');
  for (const place of OTHER_PLACES) {
    let at = clean.indexOf(place);
    while (at >= 0) {
      const before = clean.slice(0, at);
      const after = clean.slice(at + place.length);
      if (!(PLACE_AS_FACT.test(before) || PLACE_AS_FACT_AFTER.test(after))) return true;
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
