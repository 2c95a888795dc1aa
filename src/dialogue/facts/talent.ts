/**
 * Facts about talent and teams: tier (顶尖 / 国家级领军), provincial programmes (兴辽英才,
 * 辽宁省优秀专家) and the support they got, introduction, contract years, team tier, overseas projects.
 */
import type { Profile } from '../../calculator/profile.js';
import { findQuantities, parseChineseNumber } from '../../calculator/numbers.js';
import { patterns } from '../../knowledge/language.js';

const P = patterns('language/zh/facts/talent.json', [
  'notNew', 'deniedTier', 'talentTierTop', 'talentTierNationalLeading', 'leadingEnterprise',
  'provincialProgrammeXingliaoTalent', 'provincialProgrammeLiaoningExpert', 'newlyIntroducedYes',
  'firstFullTimeIntroductionYes', 'firstFullTimeIntroductionNo', 'contractYears', 'deniedTeamTier',
  'teamTierSpecial', 'teamTierKey', 'team', 'teamTierPriority', 'teamTierNone', 'overseasTalentProjectNo',
  'overseasTalentProjectYes', 'overseasSubject', 'startupStageYes', 'startupStageNo', 'newlySelected',
  'provincialSupport', 'notIntroduced', 'deniedProgramme', 'talentTierOther', 'relativeAsking', 'notIntroducedHere',
  'notTechProject',
]);

/** "不是新引进的", "并非新培养": the asker says the talent is not new. */
const NOT_NEW = P.notNew;

/** `aboutTeams` when the conversation is already about team funding, so "重点支持的" alone is a tier. */
export function readTalent(text: string, aboutTeams = false): Partial<Profile> {
  const facts: Partial<Profile> = {};

  // "我不是顶尖人才，是国家级领军人才": a denied tier is not the asker's; with none left it is "other".
  const DENIED_TIER = P.deniedTier;
  const talent = text.replace(DENIED_TIER, '');
  if (P.talentTierTop.test(talent)) facts.talentTier = 'top';
  else if (P.talentTierNationalLeading.test(talent) && !P.leadingEnterprise.test(talent)) facts.talentTier = 'nationalLeading';
  else if (talent !== text && !P.leadingEnterprise.test(text)) facts.talentTier = 'other';
  // "是省级的人才": a tier the text has no grant for.
  else if (P.talentTierOther.test(talent)) facts.talentTier = 'other';
  // A spouse of a top talent asking whether they can have it too: the tier is the relative's; the asker has none of it.
  if (facts.talentTier && P.relativeAsking.test(text)) facts.talentTier = 'other';

  // "没入选兴辽英才，也不是省优秀专家": a denied programme is not the asker's; with none left, none.
  const programmes = text.replace(P.deniedProgramme, '');
  if (P.provincialProgrammeXingliaoTalent.test(programmes)) facts.provincialProgramme = 'xingliaoTalent';
  else if (P.provincialProgrammeLiaoningExpert.test(programmes)) facts.provincialProgramme = 'liaoningExpert';
  else if (programmes !== text) facts.provincialProgramme = 'none';

  if (facts.provincialProgramme) {
    const support = readSupport(text);
    if (support !== undefined) facts.provincialSupportYuan = support;
    const newly = readNewlySelected(text);
    if (newly !== undefined) facts.newlyTrainedOrIntroduced = newly;
    // Working in another city, with no tie to {{here}}: a member the city neither trained nor brought in.
    else if (P.notIntroducedHere.test(text)) facts.newlyTrainedOrIntroduced = false;
  }

  // "不是新引进的" contains 新引进: the negation is read first.
  if (NOT_NEW.test(text) || P.notIntroduced.test(text)) facts.newlyIntroduced = false;
  else if (P.newlyIntroducedYes.test(text)) facts.newlyIntroduced = true;
  // A denial first: "不是首次全职引进" holds "首次全职引进" (the Yes pattern also looks behind for it).
  if (P.firstFullTimeIntroductionNo.test(text)) facts.firstFullTimeIntroduction = false;
  else if (P.firstFullTimeIntroductionYes.test(text)) facts.firstFullTimeIntroduction = true;

  const contract = P.contractYears.exec(text);
  if (contract) {
    const n = parseChineseNumber(contract[1] ?? contract[2]!);
    if (n !== undefined && n > 0 && n < 50) facts.contractYears = n;
  }

  // "没评上特别支持" denies that tier only; the tier said after it ("是重点支持") is the asker's.
  const tiers = text.replace(P.deniedTeamTier, '');
  if (P.teamTierSpecial.test(tiers)) facts.teamTier = 'special';
  else if (P.teamTierKey.test(tiers) && (aboutTeams || P.team.test(text))) facts.teamTier = 'key';
  else if (P.teamTierPriority.test(tiers)) facts.teamTier = 'priority';
  // "没评上任何支持标准", "哪一档都不是": no tier, so no team grant.
  else if (P.teamTierNone.test(text)) facts.teamTier = 'none';

  // "不是海外人才项目", "非海外项目": the overseas start-up fund is ruled out, not granted.
  // A trading company registered abroad: plain trade is no project of a high technical level.
  if (P.overseasTalentProjectNo.test(text) || P.notTechProject.test(text)) facts.overseasTalentProject = false;
  else if (P.overseasTalentProjectYes.test(text) && P.overseasSubject.test(text)) facts.overseasTalentProject = true;
  // "早过了初创期" holds "初创": the denial first.
  if (P.startupStageNo.test(text)) facts.startupStage = false;
  else if (P.startupStageYes.test(text)) facts.startupStage = true;
  return facts;
}

/** Whether a programme member is newly trained or introduced ("新培养的", "不是新引进的"); undefined if unsaid. */
export function readNewlySelected(text: string): boolean | undefined {
  if (NOT_NEW.test(text)) return false;
  if (P.newlySelected.test(text)) return true;
  return undefined;
}

/** "省里资助了20万", "省级支持50万元": the provincial support the city matches 1:1, in yuan. */
export function readSupport(text: string): number | undefined {
  const m = P.provincialSupport.exec(text);
  const money = m ? findQuantities((m[1] ?? m[2])!).find((q) => q.unit === 'yuan') : undefined;
  return money && money.value > 0 ? money.value : undefined;
}
