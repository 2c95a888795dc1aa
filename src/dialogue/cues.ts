/**
 * Cue words for the intents that are not about one clause: greetings, help, reset, thanks, and
 * what the policy plainly does not cover. The words are data (knowledge/language/zh/cues.json, the
 * places knowledge/lexicon/places.json); these names are how the rest of the code reaches them.
 */
import { PLACES_BOOK, patterns, words } from '../knowledge/language.js';

const P = patterns('language/zh/cues.json', [
  'greeting', 'thanks', 'help', 'reset', 'finalParticles', 'placeAsFact', 'placeAsFactAfter', 'unitsCue',
  'anaphora', 'procedureCue', 'costCue', 'ellipsisGlue', 'amountAsked', 'offTopic', 'offTopicUnless', 'placeAsPartner', 'placeAsPartnerAfter',
]);

export const GREETING = P.greeting;
export const THANKS = P.thanks;
export const HELP = P.help;
export const RESET = P.reset;

/** Sentence-final particles that do not change a greeting or thanks ("你好呀", "谢啦"). */
export const FINAL_PARTICLES = P.finalParticles;

/** Subjects outside the policy whatever else the message says. */
export const OFF_TOPIC = P.offTopic;
/** Item 17's talent service named alongside: "引进人才的医保谁给办" asks about the service, not 医保. */
export const OFF_TOPIC_UNLESS = P.offTopicUnless;

/** Cities other than the policy's whose policies people confuse with this one (knowledge/lexicon/places.json). */
export const OTHER_PLACES: readonly string[] = words(PLACES_BOOK, ['otherPlaces']).otherPlaces;

/** Names of institutions in the policy that contain another city's name and are not another city's policy. */
export const PLACE_EXCEPTIONS = patterns(PLACES_BOOK, ['placeExceptions']).placeExceptions;

/** "在沈阳工作" is a fact about the asker (employed elsewhere), not a question about 沈阳's policy. */
export const PLACE_AS_FACT = P.placeAsFact;
export const PLACE_AS_FACT_AFTER = P.placeAsFactAfter;
/** "跟大连营口这些沿海城市搞技术交流": another city as a partner of item 10's exchanges, not its policy asked. */
export const PLACE_AS_PARTNER = P.placeAsPartner;
export const PLACE_AS_PARTNER_AFTER = P.placeAsPartnerAfter;
/* The second group: a university named after its city ("北京大学博士") says where the asker studied. */

/** "找哪个部门", "谁负责", "牵头单位": who to contact about the topic. */
export const UNITS_CUE = P.unitsCue;

/** "那硕士呢", "国家级的呢", "这个", "省级的": a message that leans on the previous turn. */
export const ANAPHORA = P.anaphora;

/** How to apply, what papers, when paid: the policy sets none of this. */
export const PROCEDURE_CUE = P.procedureCue;

/** "免费吗", "要交钱吗": whether something costs the asker money, which a clause may not say. */
export const COST_CUE = P.costCue;

/**
 * Ellipsis glue: what "那这个呢", "还有吗", "如果是呢" consist of. What a message holds beyond it
 * (and its money words) is a subject of its own ("那院士专家工作站呢"), not a variant of the topic.
 */
export const ELLIPSIS_GLUE = P.ellipsisGlue;

/** The question asks how much or whether the asker qualifies, not only who handles it. */
export const AMOUNT_ASKED = P.amountAsked;
