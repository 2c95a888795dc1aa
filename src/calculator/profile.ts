/**
 * The facts the calculator reasons over: a Profile of named, optional facts.
 *
 * An absent fact means "not known yet", never "no": the calculator answers `undetermined` and asks
 * the fact's question from FACTS. The conversation layer (src/dialogue/) fills a Profile from free
 * Chinese text and may pass it straight to evaluate(); validate untrusted input with ProfileSchema.
 *
 * Dates may be partial (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) because people say "2024年毕业". A partial
 * date stands for every day it could be; a condition is settled only when all those days agree
 * (see dates.ts), otherwise the calculator asks for the exact date.
 */
import { z } from 'zod';
import { loadFacts } from '../knowledge/facts.js';

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', with a real month and day. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
  // 2023-02-30 matches the pattern but is no day: a full date must survive a round trip.
  .refine((s) => s.length < 10 || isCalendarDate(s), 'not a calendar date');

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

const money = z.number().int('whole yuan').nonnegative();

export const DEGREES = ['doctorate', 'master', 'bachelor', 'associate', 'other'] as const;
export const TALENT_TIERS = ['top', 'nationalLeading', 'other'] as const;
export const PROVINCIAL_PROGRAMMES = ['xingliaoTalent', 'liaoningExpert', 'none'] as const;
export const TEAM_TIERS = ['priority', 'key', 'special', 'none'] as const;
export const RECOGNITION_KINDS = [
  'engineeringTechResearchCenter', 'enterpriseTechCenter', 'engineeringResearchCenter', 'engineeringLab',
  'techInnovationCenter', 'highTechEnterprise', 'incubator', 'makerSpace', 'accelerator', 'other',
] as const;
export const RECOGNITION_LEVELS = ['national', 'provincial', 'city', 'county', 'other'] as const;

export const ProfileSchema = z.strictObject({
  /** 学位: 博士 / 硕士 / 本科 / 专科 */
  degree: z.enum(DEGREES).optional(),
  /** 全日制 */
  fullTime: z.boolean().optional(),
  /** 毕业时间 */
  graduationDate: PartialDateSchema.optional(),
  /** 首次在盘创业 */
  firstBusinessInPanjin: z.boolean().optional(),
  /** 创业时间; absent means "now" (the evaluation date), and the trace says so. */
  businessStartDate: PartialDateSchema.optional(),
  /** 新落户 */
  newlySettled: z.boolean().optional(),
  /** 在盘就业 */
  employedInPanjin: z.boolean().optional(),
  /** 在盘购买住房 */
  buyingHomeInPanjin: z.boolean().optional(),
  /** 首套住房 */
  firstHome: z.boolean().optional(),
  /** 人才层次: 顶尖人才 (item-17 says 国际级顶尖人才) / 国家级领军人才 */
  talentTier: z.enum(TALENT_TIERS).optional(),
  /** 新引进 (to the policy's city) */
  newlyIntroduced: z.boolean().optional(),
  /** 首次全职引进 */
  firstFullTimeIntroduction: z.boolean().optional(),
  /** 劳动合同期限, in years */
  contractYears: z.number().positive().optional(),
  /** 省级人才计划: 兴辽英才 / 辽宁省优秀专家 */
  provincialProgramme: z.enum(PROVINCIAL_PROGRAMMES).optional(),
  /** 新培养和引进 (item-16: newly trained or introduced) */
  newlyTrainedOrIntroduced: z.boolean().optional(),
  /** 省级资助金额, yuan */
  provincialSupportYuan: money.optional(),
  /** 海外人才项目 */
  overseasTalentProject: z.boolean().optional(),
  /** 创业初始阶段 */
  startupStage: z.boolean().optional(),
  /** 团队支持标准: 优先支持 / 重点支持 / 特别支持 */
  teamTier: z.enum(TEAM_TIERS).optional(),
  /** 认定类型: 研发机构 (item-3), 高新技术企业 (item-6), 孵化器 / 众创空间 / 加速器 (item-19) */
  recognitionKind: z.enum(RECOGNITION_KINDS).optional(),
  /** 认定级别: 国家级 / 省级 / 市级 / 县区级 */
  recognitionLevel: z.enum(RECOGNITION_LEVELS).optional(),
  /** 获批/认定时间 */
  recognitionDate: PartialDateSchema.optional(),
  /** 新获批 / 新认定 / 新列入: false when the asker says it is not new ("不是新列入的", "早就是高企了") without a year. */
  recognitionNew: z.boolean().optional(),
  /** 申请方是企业 (items 3, 6, 13 reward 企业): false when the asker says it is a 高校, 科研院所 or person. */
  applicantEnterprise: z.boolean().optional(),
  /** 首次获批或认定: false for a second recognition (复审, 重新认定), which the text neither counts as 新获批 nor excludes. */
  firstRecognition: z.boolean().optional(),
  /** 本市企业: false when the asker's enterprise is registered in another city, which the text does not settle. */
  enterpriseInPanjin: z.boolean().optional(),
  /** 知识产权质押向银行成功贷款 */
  ipPledgeLoan: z.boolean().optional(),
  /** 贷款本金, yuan */
  loanPrincipalYuan: money.positive().optional(),
  /** 贷款期限, years (0.5 for six months) */
  loanTermYears: z.number().positive().max(50).optional(),
  /** 利率 in percent, as the user states it: shown, never the basis (the text subsidises at the PBoC benchmark for the term). */
  loanRatePercent: z.number().positive().max(100).optional(),
  /** 基准利率 as the asker states it; takes precedence over knowledge/parameters (issue 3, §4). */
  statedBenchmarkRatePercent: z.number().positive().max(100).optional(),
  /** 技术转让或许可净收入, yuan */
  transferNetIncomeYuan: money.optional(),
  /** 以产学研合作形式实施 */
  industryUniversityProject: z.boolean().optional(),
  /** 实现中试或产业化 */
  reachedPilotOrIndustrialisation: z.boolean().optional(),
  /** 事先立项 */
  approvedBeforehand: z.boolean().optional(),
  /** 科技成果转化项目 */
  resultTransferProject: z.boolean().optional(),
  /** 入园 (a project entering the park) */
  enteringPark: z.boolean().optional(),
  /** 高校科研院所的科技成果 */
  universityResult: z.boolean().optional(),
  /** 来盘转化科技成果 */
  transfersResultsInPanjin: z.boolean().optional(),
  // The events that date a claim (issue 10, §6): each rule names its own in `event`.
  /** 购房时间 */
  homePurchaseDate: PartialDateSchema.optional(),
  /** 贷款时间 */
  loanDate: PartialDateSchema.optional(),
  /** 引进时间 (a person or a team brought to the policy's city) */
  introductionDate: PartialDateSchema.optional(),
  /** 入选省级人才计划的时间 */
  programmeDate: PartialDateSchema.optional(),
  /** 技术转让或许可的时间 */
  transferDate: PartialDateSchema.optional(),
  /** 项目立项时间 */
  projectDate: PartialDateSchema.optional(),
  /** 入园时间 */
  parkEntryDate: PartialDateSchema.optional(),
});

/** Everything the calculator may know about an asker; every fact optional. */
export type Profile = z.infer<typeof ProfileSchema>;
export type FactName = keyof Profile;

/** How a fact is asked for and spoken about in Chinese. */
export interface FactInfo {
  /** The Chinese term. */
  label: string;
  /** The follow-up question when the fact is missing. */
  question: string;
  kind: 'boolean' | 'enum' | 'number' | 'date';
  /** Chinese names of enum values. */
  values?: Readonly<Record<string, string>>;
  /** Unit words for numbers: 元, 年, %. */
  unit?: string;
  /** For booleans: how to say the asker's "yes" and "no" back to them. */
  yes?: string;
  no?: string;
}

/**
 * The catalogue: every fact of Profile with its label and question, declared in knowledge/facts.json
 * and checked there against ProfileSchema (one entry a fact, kinds and enum values agreeing).
 */
export const FACTS: Readonly<Record<FactName, FactInfo>> = deepFreeze(
  loadFacts(ProfileSchema.shape) as Record<FactName, FactInfo>,
);

/** Every fact name, in catalogue order. */
export const FACT_NAMES = Object.keys(FACTS) as FactName[];

/** The Chinese question for a missing fact. */
export function questionFor(fact: FactName): string {
  return FACTS[fact].question;
}

/** Parses untrusted input; the error is one line naming the first bad key. */
export function parseProfile(input: unknown): { ok: true; profile: Profile } | { ok: false; error: string } {
  const parsed = ProfileSchema.safeParse(input);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: `${issue.path.join('.') || 'profile'}: ${issue.message}` };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
