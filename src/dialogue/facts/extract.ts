/**
 * All facts a message states, as a partial Profile. A bare level ("国家级的呢", "省级的") is read
 * against what the conversation is about: a recognition level for platforms and enterprises, a
 * talent tier for people.
 */
import { z } from 'zod';
import { ProfileSchema, type Profile } from '../../calculator/profile.js';
import { readPerson } from './person.js';
import { readTalent } from './talent.js';
import { readEnterprise, readLevel, readLoan } from './enterprise.js';
import { readNewlySelected, readSupport } from './talent.js';
import { readEventDates, withoutPolicyYears } from './eventDates.js';
import { patterns } from '../../knowledge/language.js';
import { rule } from '../../calculator/index.js';

const P = patterns('language/zh/facts/extract.json', [
  'zoneLevel', 'doubleNegative', 'programmeLevel', 'amountLevel', 'placeHere', 'placeElsewhere',
]);

/** Whether one of the topic's rules asks where the organisation is registered (item-6's high-tech enterprise, …). */
function asksWhereRegistered(topicBenefits: readonly string[]): boolean {
  return topicBenefits.some((id) => rule(id)?.conditions.some((c) => c.fact === 'enterpriseInPanjin'));
}

const TALENT_RULES = /talent|leading|top-/;
const ZONE_LEVEL = P.zoneLevel;

/** "我不是没落户", "并非没有首套房": two negatives say the fact; "是不是没落户" is a question, kept. */
const DOUBLE_NEGATIVE = P.doubleNegative;

export function extractFacts(said: string, asOf: string, topicBenefits: readonly string[] = []): Partial<Profile> {
  // A year of the policy's own period ("政策2021年底就结束了") is never a fact about the asker.
  const text = withoutPolicyYears(said.replace(DOUBLE_NEGATIVE, ''));
  const facts: Partial<Profile> = {
    ...readEventDates(text, asOf),
    ...readPerson(text, asOf), ...readTalent(text, topicBenefits.some((id) => id.startsWith('team-'))), ...readEnterprise(text, asOf),
  };

  // Follow-up answers carry no keyword of their own: "期限一年" after a loan question, "省里给了40万"
  // after a question on 兴辽英才 matching.
  if (topicBenefits.includes('ip-pledge-interest-subsidy')) Object.assign(facts, readLoan(text, true), pickDefined(facts));
  if (topicBenefits.includes('provincial-talent-match') && facts.provincialSupportYuan === undefined) {
    const support = readSupport(text);
    if (support !== undefined) facts.provincialSupportYuan = support;
  }
  // "we are here", "no, elsewhere" (knowledge/language/zh/facts/extract.json: placeHere, placeElsewhere) after an answer on a benefit that asks where the organisation is
  // registered: a bare place says it of the organisation the answer was about (no pending question
  // needed: the full answer may have asked nothing).
  if (facts.enterpriseInPanjin === undefined && asksWhereRegistered(topicBenefits)) {
    const bare = text.trim();
    if (P.placeHere.test(bare)) facts.enterpriseInPanjin = true;
    else if (P.placeElsewhere.test(bare)) facts.enterpriseInPanjin = false;
  }
  // "新培养的" after "您是新培养或新引进的入选人才吗？": the programme was named in an earlier message.
  if (topicBenefits.includes('provincial-talent-match') && facts.newlyTrainedOrIntroduced === undefined) {
    const newly = readNewlySelected(text);
    if (newly !== undefined) facts.newlyTrainedOrIntroduced = newly;
  }

  // A level that qualifies a zone ("国家级特色高新区" of item-18) is not the asker's recognition.
  const levelText = text.replace(P.programmeLevel, '').replace(ZONE_LEVEL, '');
  // "省级企业技术中心，国家级那100万有吗": a level said with an amount names the benefit asked about;
  // another level stated beside it is the asker's. Alone ("国家级那100万有吗") it is still read.
  const level = readLevel(levelText.replace(P.amountLevel, '')) ?? readLevel(levelText);
  const aboutTalent = !facts.recognitionKind && (facts.talentTier !== undefined || topicBenefits.some((id) => TALENT_RULES.test(id)));
  if (level && aboutTalent) {
    // "国家级的呢" after a question on top talent: the national tier is 国家级领军人才.
    if (level === 'national' && facts.talentTier === undefined) facts.talentTier = 'nationalLeading';
  } else if (level) {
    facts.recognitionLevel = level;
  }
  // Facts a message states are checked against the schema before they reach the calculator;
  // anything the readers got wrong in shape is dropped rather than passed on.
  return clean(facts);
}

function pickDefined(facts: Partial<Profile>): Partial<Profile> {
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as Partial<Profile>;
}

/**
 * Each fact of the schema, in its own order (the order a parsed Profile lists them in), with a test
 * of one value: a yes/no or a choice is tested directly, anything else by its schema.
 */
const SHAPE: [keyof Profile, (value: unknown) => boolean][] = Object.entries(ProfileSchema.shape).map(([key, schema]) => {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : null;
  if (inner instanceof z.ZodBoolean) return [key as keyof Profile, (v) => v === undefined || typeof v === 'boolean'];
  if (inner instanceof z.ZodEnum) {
    const values = new Set<unknown>(inner.options);
    return [key as keyof Profile, (v) => v === undefined || values.has(v)];
  }
  return [key as keyof Profile, (v) => schema.safeParse(v).success];
});

/** The facts the schema accepts, in its order; exported for its test against the schema's own parse. */
export function clean(facts: Partial<Profile>): Partial<Profile> {
  // Most messages state a fact or two: checking those alone gives what the whole schema's parse
  // gives (no schema here transforms a value), at a small part of its cost. Anything it would
  // reject goes to the full parse below, which says what to drop.
  // Most messages state none at all.
  const stated = Object.keys(facts).length;
  if (stated === 0) return {};
  const checked: Record<string, unknown> = {};
  let n = 0;
  for (const [key, valid] of SHAPE) {
    if (!(key in facts)) continue;
    if (!valid(facts[key])) break;
    checked[key] = facts[key];
    n++;
  }
  if (n === stated) return checked as Partial<Profile>;
  const parsed = ProfileSchema.safeParse(facts);
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return Object.fromEntries(Object.entries(facts).filter(([k]) => !bad.has(k))) as Partial<Profile>;
}
