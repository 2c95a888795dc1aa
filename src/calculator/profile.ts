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
  /** 新引进 (to 盘锦) */
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
  /** 引进时间 (a person or a team brought to 盘锦) */
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

const yn = (label: string, question: string, yes: string, no: string): FactInfo =>
  ({ label, question, kind: 'boolean', yes, no });

/** The catalogue: every fact of Profile with its question. */
export const FACTS: Readonly<Record<FactName, FactInfo>> = Object.freeze({
  degree: { label: '学位', question: '您的最高学位是什么（博士、硕士、本科等）？', kind: 'enum',
    values: { doctorate: '博士', master: '硕士', bachelor: '本科', associate: '专科', other: '其他' } },
  fullTime: yn('全日制', '您是全日制博士吗？', '您是全日制', '您不是全日制'),
  graduationDate: { label: '毕业时间', question: '您是哪年哪月毕业的？', kind: 'date' },
  firstBusinessInPanjin: yn('首次在盘创业', '您是第一次在盘锦创业吗？', '您是首次在盘创业', '您不是首次在盘创业'),
  businessStartDate: { label: '创业时间', question: '您在盘锦创业是从哪年哪月开始的？', kind: 'date' },
  newlySettled: yn('新落户', '您是新落户盘锦的吗？', '您是新落户', '您不是新落户'),
  employedInPanjin: yn('在盘就业', '您在盘锦就业吗？', '您在盘锦就业', '您不在盘锦就业'),
  buyingHomeInPanjin: yn('在盘购房', '您是在盘锦购买住房吗？', '您在盘锦购房', '您不是在盘锦购房'),
  firstHome: yn('首套住房', '这是您的首套住房吗？', '这是首套住房', '这不是首套住房'),
  talentTier: { label: '人才层次', question: '您属于哪一层次的人才（顶尖人才、国家级领军人才或其他）？', kind: 'enum',
    values: { top: '顶尖人才（国际级顶尖人才）', nationalLeading: '国家级领军人才', other: '其他人才' } },
  newlyIntroduced: yn('新引进', '您是新引进到盘锦的人才吗？', '您是新引进人才', '您不是新引进人才'),
  firstFullTimeIntroduction: yn('首次全职引进', '您是首次全职引进到盘锦的吗？', '您是首次全职引进', '您不是首次全职引进'),
  contractYears: { label: '劳动合同期限', question: '您签订的劳动合同是几年期的？', kind: 'number', unit: '年' },
  provincialProgramme: { label: '省级人才计划', question: '您入选的是省"兴辽英才"计划还是辽宁省优秀专家？', kind: 'enum',
    values: { xingliaoTalent: '省"兴辽英才"计划人才', liaoningExpert: '辽宁省优秀专家', none: '未入选' } },
  newlyTrainedOrIntroduced: yn('新培养和引进', '您是新培养或新引进的入选人才吗？', '您是新培养或新引进', '您不是新培养或新引进'),
  provincialSupportYuan: { label: '省级支持金额', question: '省里给予的支持是多少元？', kind: 'number', unit: '元' },
  overseasTalentProject: yn('海外人才项目', '这是海外人才项目吗？', '这是海外人才项目', '这不是海外人才项目'),
  startupStage: yn('创业初始阶段', '项目还处在创业初始阶段吗？', '项目处在创业初始阶段', '项目已不在创业初始阶段'),
  teamTier: { label: '团队支持标准', question: '您的团队按哪一档标准支持（优先支持、重点支持、特别支持）？', kind: 'enum',
    values: { priority: '优先支持', key: '重点支持', special: '特别支持', none: '未列入支持标准' } },
  recognitionKind: { label: '认定类型', question: '获批或认定的是哪一类（如工程技术研究中心、企业技术中心、高新技术企业、孵化器、众创空间）？', kind: 'enum',
    values: {
      engineeringTechResearchCenter: '工程技术研究中心', enterpriseTechCenter: '企业技术中心',
      engineeringResearchCenter: '工程研究中心', engineeringLab: '工程实验室', techInnovationCenter: '技术创新中心',
      highTechEnterprise: '高新技术企业', incubator: '孵化器', makerSpace: '众创空间', accelerator: '加速器', other: '其他类型',
    } },
  recognitionLevel: { label: '认定级别', question: '是国家级还是省级认定？', kind: 'enum',
    values: { national: '国家级', provincial: '省级', city: '市级', county: '县区级', other: '其他级别' } },
  recognitionDate: { label: '获批认定时间', question: '是哪年获批或认定的？', kind: 'date' },
  recognitionNew: yn('新获批或新认定', '是政策期内（2019—2021年）新获批或新认定的吗？', '是新获批或新认定的', '您说不是新获批、新认定或新列入的'),
  applicantEnterprise: yn('企业', '申请方是企业吗？', '申请方是企业', '您说申请方不是企业'),
  ipPledgeLoan: yn('知识产权质押贷款', '这笔贷款是以知识产权质押方式向银行贷到的吗？', '这是知识产权质押银行贷款', '这不是知识产权质押银行贷款'),
  loanPrincipalYuan: { label: '贷款金额', question: '贷款金额是多少？', kind: 'number', unit: '元' },
  loanTermYears: { label: '贷款期限', question: '贷款期限是几年？', kind: 'number', unit: '年' },
  loanRatePercent: { label: '利率', question: '贷款合同利率是多少（贴息按人民银行贷款基准利率计算）？', kind: 'number', unit: '%' },
  statedBenchmarkRatePercent: { label: '基准利率', question: '贷款基准利率是多少？', kind: 'number', unit: '%' },
  transferNetIncomeYuan: { label: '转让或许可净收入', question: '技术转让或许可取得的净收入是多少元？', kind: 'number', unit: '元' },
  industryUniversityProject: yn('产学研合作', '项目是以产学研合作形式实施的吗？', '项目以产学研合作形式实施', '项目不是产学研合作形式'),
  reachedPilotOrIndustrialisation: yn('中试或产业化', '项目已实现中试或产业化了吗？', '项目已实现中试或产业化', '项目尚未实现中试或产业化'),
  approvedBeforehand: yn('事先立项', '项目事先立项了吗？', '项目已事先立项', '项目没有事先立项'),
  resultTransferProject: yn('成果转化项目', '这是科技成果转化项目吗？', '这是成果转化项目', '这不是成果转化项目'),
  enteringPark: yn('入园', '项目入驻园区吗？', '项目入园', '项目不入园'),
  universityResult: yn('高校科研院所成果', '转化的是高校或科研院所的科技成果吗？', '是高校科研院所成果', '不是高校科研院所成果'),
  transfersResultsInPanjin: yn('来盘转化成果', '您是来盘锦转化科技成果的吗？', '您来盘转化成果', '您不是来盘转化成果'),
  homePurchaseDate: { label: '购房时间', question: '您是哪年哪月买的房？', kind: 'date' },
  loanDate: { label: '贷款时间', question: '这笔贷款是哪年哪月贷到的？', kind: 'date' },
  introductionDate: { label: '引进时间', question: '是哪年哪月引进到盘锦的？', kind: 'date' },
  programmeDate: { label: '入选时间', question: '是哪年哪月入选省级人才计划的？', kind: 'date' },
  transferDate: { label: '转让或许可时间', question: '技术转让或许可是哪年哪月完成的？', kind: 'date' },
  projectDate: { label: '立项时间', question: '项目是哪年哪月立项的？', kind: 'date' },
  parkEntryDate: { label: '入园时间', question: '项目是哪年哪月入驻园区的？', kind: 'date' },
} satisfies Record<FactName, FactInfo>);

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
