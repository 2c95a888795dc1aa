/**
 * Facts about talent and teams: tier (顶尖 / 国家级领军), provincial programmes (兴辽英才,
 * 辽宁省优秀专家) and the support they got, introduction, contract years, team tier, overseas projects.
 */
import type { Profile } from '../../calculator/profile.js';
import { findQuantities, parseChineseNumber } from '../../calculator/numbers.js';

/** "不是新引进的", "并非新培养": the asker says the talent is not new. */
const NOT_NEW = /(?:不是|并非|并不是|非|没有|不算)(?:新培养|新引进|新入选|刚引进|刚入选)/;

/** `aboutTeams` when the conversation is already about team funding, so "重点支持的" alone is a tier. */
export function readTalent(text: string, aboutTeams = false): Partial<Profile> {
  const facts: Partial<Profile> = {};

  // "我不是顶尖人才，是国家级领军人才": a denied tier is not the asker's; with none left it is "other".
  const DENIED_TIER = /(?:不是|并非|不算|不属于|够不上|算不上|没有?(?:被)?(?:认定为?|评为?)?)(?:国际级|国家级)?(?:顶尖|领军)(?:人才)?/g;
  const talent = text.replace(DENIED_TIER, '');
  if (/顶尖/.test(talent)) facts.talentTier = 'top';
  else if (/领军/.test(talent) && !/领军企业/.test(talent)) facts.talentTier = 'nationalLeading';
  else if (talent !== text && !/领军企业/.test(text)) facts.talentTier = 'other';

  if (/兴辽英才/.test(text)) facts.provincialProgramme = 'xingliaoTalent';
  else if (/(?:辽宁)?省(?:级)?优秀专家|辽宁省优秀/.test(text)) facts.provincialProgramme = 'liaoningExpert';

  if (facts.provincialProgramme) {
    const support = readSupport(text);
    if (support !== undefined) facts.provincialSupportYuan = support;
    const newly = readNewlySelected(text);
    if (newly !== undefined) facts.newlyTrainedOrIntroduced = newly;
  }

  // "不是新引进的" contains 新引进: the negation is read first.
  if (NOT_NEW.test(text)) facts.newlyIntroduced = false;
  else if (/新引进|刚引进|新来的|刚来盘锦|引进到盘锦|引进来/.test(text)) facts.newlyIntroduced = true;
  if (/(?:首次|第一次|头一回)(?:全职)?引进|首次全职|第一次全职/.test(text)) facts.firstFullTimeIntroduction = true;
  else if (/(?:第二次|再次|以前|之前|曾经)(?:全职)?引进|不是首次(?:全职)?引进|兼职|柔性引进/.test(text)) facts.firstFullTimeIntroduction = false;

  const contract = /(?:签(?:订|了|的)?|劳动合同|合同期|合同)\D{0,4}?([\d.]+|[一二两三四五六七八九十]+)\s*年(?:期)?|([\d.]+|[一二两三四五六七八九十]+)\s*年(?:期)?(?:的)?(?:劳动)?合同/.exec(text);
  if (contract) {
    const n = parseChineseNumber(contract[1] ?? contract[2]!);
    if (n !== undefined && n > 0 && n < 50) facts.contractYears = n;
  }

  // "没评上特别支持" denies that tier only; the tier said after it ("是重点支持") is the asker's.
  const tiers = text.replace(/(?:没有?|未|不是|并非)(?:被)?(?:评上|评为|评到|入选|列入|拿到|获得)?(?:特别|重点|优先)支持/g, '');
  if (/特别支持/.test(tiers)) facts.teamTier = 'special';
  else if (/重点支持/.test(tiers) && (aboutTeams || /团队/.test(text))) facts.teamTier = 'key';
  else if (/优先支持/.test(tiers)) facts.teamTier = 'priority';
  // "没评上任何支持标准", "哪一档都不是": no tier, so no team grant.
  else if (/(?:没有?|未)(?:被)?(?:评上|评为|评到|入选|列入|拿到|获得)(?:任何|哪个|哪一)?(?:一档|档|支持标准|标准|档次)|(?:哪|任何)一?档都(?:不是|没)|不在(?:任何)?(?:支持标准|档)/.test(text)) facts.teamTier = 'none';

  // "不是海外人才项目", "非海外项目": the overseas start-up fund is ruled out, not granted.
  if (/(?:不是|并非|不属于|不算|非)海外/.test(text)) facts.overseasTalentProject = false;
  else if (/海外/.test(text) && /人才|项目|团队|归国|留学/.test(text)) facts.overseasTalentProject = true;
  if (/初创|创业初(?:始|期)|刚起步|起步阶段|刚开始创业/.test(text)) facts.startupStage = true;
  else if (/已经(?:营业|运营|成立)\s*[\d一二三四五六七八九十]+\s*年|成熟期/.test(text)) facts.startupStage = false;
  return facts;
}

/** Whether a programme member is newly trained or introduced ("新培养的", "不是新引进的"); undefined if unsaid. */
export function readNewlySelected(text: string): boolean | undefined {
  if (NOT_NEW.test(text)) return false;
  if (/新培养|新引进|新入选|刚入选|今年入选/.test(text)) return true;
  return undefined;
}

/** "省里资助了20万", "省级支持50万元": the provincial support the city matches 1:1, in yuan. */
export function readSupport(text: string): number | undefined {
  const m = /省(?:里|级|财政|政府)?[^，,。；;]{0,6}?(?:给了?|资助了?|支持了?|配套了?|奖励了?|拨了?|发了?)?\s*([^，,。；;]*?(?:万|元))/.exec(text);
  const money = m ? findQuantities(m[1]!).find((q) => q.unit === 'yuan') : undefined;
  return money && money.value > 0 ? money.value : undefined;
}
