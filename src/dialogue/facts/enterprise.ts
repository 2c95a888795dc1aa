/**
 * Facts about an enterprise or institution: what it was recognised as (研发机构, 高新技术企业,
 * 孵化器, 众创空间, 加速器), at what level and when ("今年刚认定", "前年就是高企了"); IP-pledge loans
 * with principal, term and rate; transfer projects of item-9.
 */
import type { Profile } from '../../calculator/profile.js';
import { findQuantities, parseChineseNumber } from '../../calculator/numbers.js';
import { yearIn } from './when.js';

type Kind = NonNullable<Profile['recognitionKind']>;

/** Longest names first, so 工程技术研究中心 is not read as 工程研究中心. */
const KINDS: readonly [RegExp, Kind][] = [
  [/工程技术研究中心|工程技术中心/, 'engineeringTechResearchCenter'],
  [/企业技术中心/, 'enterpriseTechCenter'],
  [/技术创新中心/, 'techInnovationCenter'],
  [/工程研究中心/, 'engineeringResearchCenter'],
  [/工程实验室|重点实验室/, 'engineeringLab'],
  [/高新技术企业|高新企业|高企|高新技术认定/, 'highTechEnterprise'],
  [/加速器/, 'accelerator'],
  [/孵化器|孵化基地|孵化园/, 'incubator'],
  [/众创空间|创客空间|双创空间|众创/, 'makerSpace'],
];

/**
 * The kind of recognition a message states. Two kinds in one message ("高企和国家级孵化器") leave
 * it unknown: the Profile holds one, and reading either would rule the other's benefit out.
 */
export function readRecognitionKind(text: string): Kind | undefined {
  // "不是国家级企业技术中心" denies the level, not the kind: the filler never swallows a level.
  const positive = text.replace(/(?:不是|并非|没有)(?!国家级|省级|市级|县级|区级)[^，,。；;]{0,4}?(?=工程|企业技术|技术创新|高新|高企|孵化|众创|加速)/g, '不是');
  const kinds = KINDS.filter(([re]) => re.test(positive.replace(/不是(?:工程技术研究中心|企业技术中心|技术创新中心|工程研究中心|工程实验室|高新技术企业|高新企业|高企|孵化器|众创空间|加速器)/g, '')));
  return kinds.length === 1 ? kinds[0]![1] : undefined;
}

const LEVELS: readonly [RegExp, NonNullable<Profile['recognitionLevel']>][] = [
  [/国家级|国家(?:认定|批准|备案|科技部)|国字号|国家的/g, 'national'],
  [/省级|省里|省(?:认定|批准|科技厅)|辽宁省(?:级)?(?!优秀)|省的/g, 'provincial'],
  [/市级|市里(?:认定|批)|市(?:认定|批)的?|盘锦市级/g, 'city'],
  [/县级|区级|县区级|县里|区里/g, 'county'],
];

/**
 * 国家级 / 省级 / 市级 / 县区级, or undefined. "不是省级" says nothing positive, and when a message
 * names two levels ("原来是市级，现在是省级了") the last one is the asker's current word.
 */
export function readLevel(text: string): Profile['recognitionLevel'] | undefined {
  const positive = text.replace(/(?:不是|并非|非|没有|不算)(?:国家级|省级|市级|县级|区级)/g, '');
  // "国家级企业技术中心和省级企业技术中心分别奖励多少" compares two levels; it states neither as the asker's.
  const pair = /(国家级|省级|市级)[^，,。；;？?！!]{0,12}?(?:和|与|跟|及|以及|、|还是|或者?|或是)[^，,。；;？?！!]{0,3}?(国家级|省级|市级)/.exec(positive);
  if (pair && pair[1] !== pair[2]) return undefined;
  let last: { at: number; level: NonNullable<Profile['recognitionLevel']> } | undefined;
  for (const [re, level] of LEVELS) {
    for (const m of positive.matchAll(re)) if (!last || m.index > last.at) last = { at: m.index, level };
  }
  return last?.level;
}

/** A kind named only to deny it: "公司不是高企", "没被认定为高新技术企业", "并非孵化器". */
const DENIED_KIND = /(?:不是|并非|并不是|还不是|不属于|不算|没有?|未|尚未|还没有?)(?:被|能|有)?(?:认定|评|获批|列入|成为|申请到|拿到)?(?:为|成|上)?(?:工程技术研究中心|企业技术中心|技术创新中心|工程研究中心|工程实验室|高新技术企业|高新企业|高企|孵化器|众创空间|加速器)/;
/** A double negative says the kind after all: "不是没认定高企". */
const DOUBLE_NEGATIVE = /(?:不是|并非)(?:没有?|未)/;

/** "不是新列入的": a plain denial, which also withdraws a year said before (unlike "早就是", which may just say yes). */
export const DENIES_NEW = /(?:不是|并非|并不是)(?:新|当年|今年)(?:列入|认定|获批|批|评上|评)/;
/** "不是新列入的", "早就是高企了", "老高企": recognised before, not new; a stated year still decides. */
const NOT_NEW = /(?:不是|并非|并不是)(?:新|当年|今年)(?:列入|认定|获批|批|评上|评)|早(?:就|已|几年就?)(?:是|认定|列入|获批|评上|成为)|老(?:牌)?高企|之前就(?:是|认定|列入|获批)/;

/**
 * "我们不是企业，是高校", "我们是科研院所": the asker is not the 企业 items 3, 6 and 13 reward. Said
 * of 我们/本单位 only, so "高校科研院所的成果" (item-12's subject) states nothing about the asker.
 */
const NOT_ENTERPRISE = /(?:不是|并非|不属于|不算)(?:一家|一个)?企业|(?:我们|我|本单位|我单位|单位)(?:是|属于|这边是)(?:一所|一家|一个)?(?:高校|大学|学校|学院|科研院所|研究所|研究院|事业单位|医院|政府部门|社会组织|个人)(?![^，,。；;]{0,4}企业)/;

export function readEnterprise(text: string, asOf: string): Partial<Profile> {
  const facts: Partial<Profile> = {};
  if (NOT_ENTERPRISE.test(text)) facts.applicantEnterprise = false;
  const kind = readRecognitionKind(text);
  const deniedName = DOUBLE_NEGATIVE.test(text) ? undefined : DENIED_KIND.exec(text)?.[0];
  const denied = deniedName ? KINDS.find(([re]) => re.test(deniedName))?.[1] : undefined;
  // Denying a kind rules its rewards out, and the kind named again after the denial is the reward's
  // name ("不是高企，能拿高企那10万吗"); the Profile holds one kind, so the asker's is "other".
  if (denied && (!kind || kind === denied)) facts.recognitionKind = 'other';
  else if (kind) facts.recognitionKind = kind;
  if (NOT_NEW.test(text)) facts.recognitionNew = false;
  const recognised = /认定|获批|批准|评上|评为|列入|入选|拿到|成为|新建|备案|就是/;
  if (recognised.test(text) || /今年|去年|前年|\d{4}\s*年/.test(text)) {
    // The year attached to the recognition ("2016年认定的") beats any other year in the message.
    const attached = /((?:19|20)\d{2}\s*年|今年|去年|前年|大前年)[^，,。；;]{0,6}?(?:认定|获批|批准|列入|评上|评为|成为|就是|拿到)/.exec(text);
    const year = yearIn(attached?.[1] ?? text, Number(asOf.slice(0, 4)));
    if (year !== undefined && (kind || recognised.test(text))) facts.recognitionDate = String(year);
  }
  // "新认定的" is the policy's own description of who benefits, not a date: only a stated year counts.
  Object.assign(facts, readLoan(text), readTransfer(text));
  return facts;
}

/** Loan facts; `aboutLoan` when the conversation is already about a loan and the text need not say 贷. */
export function readLoan(text: string, aboutLoan = false): Partial<Profile> {
  const facts: Partial<Profile> = {};
  // "不是知识产权质押" names the pledge only to deny it.
  if (/(?:不是|并非|并不是|非|没有|没用|没拿|不是用|不是拿)(?:知识产权|专利|商标|版权|著作权)(?:权)?做?(?:质押|抵押)?|不是质押/.test(text)) facts.ipPledgeLoan = false;
  else if (/(?:知识产权|专利|商标|版权|著作权)(?:权)?(?:质押|抵押)|(?:质押|抵押)(?:的|物)?(?:是|用的是|用了)?(?:知识产权|专利|商标)|(?:知识产权|专利|商标)做?(?:质押|抵押)/.test(text)) facts.ipPledgeLoan = true;
  // A loan secured on anything else (厂房, 房产, 土地, 设备, 股权…) or unsecured is not an IP-pledge loan.
  else if (/(?:房|厂|地|车|设备|机器|股权|股票|应收|存货|仓单|保单|存单)[^，,。；]{0,3}(?:抵押|质押)|(?:信用|保证|担保|抵押)贷/.test(text)) facts.ipPledgeLoan = false;
  if (!aboutLoan && !/贷|借/.test(text)) return facts;

  const quantities = findQuantities(text);
  // "能拿50万贴息" names the subsidy, not the loan; "贷了800万，贴息多少" names the loan: the words
  // after a figure describe it only up to the next punctuation.
  const after = (q: { index: number; raw: string }) => text.slice(q.index + q.raw.length, q.index + q.raw.length + 3).split(/[，,。；;？?！!\s]/)[0]!;
  const principal = quantities.find((q) => q.unit === 'yuan' && !/贴息|补贴|补助/.test(after(q)));
  if (principal && principal.value > 0) facts.loanPrincipalYuan = principal.value;
  // "2年零6个月", "一年三个月": years and months of one term, not two terms.
  const mixed = /(?<!\d)([一二两三四五六七八九十]+|\d{1,2})\s*年(?:零|又)?\s*([一二两三四五六七八九十]+|\d{1,2})\s*个月/.exec(text);
  const mixedYears = mixed ? [mixed[1]!, mixed[2]!].map((n) => (/^\d+$/.test(n) ? Number(n) : parseChineseNumber(n))) : [];
  // 半年 and 一年半 are terms too, which the number reader does not see.
  const half = /([一二两三四五六七八九十\d]+)?\s*年半|半年/.exec(text);
  if (mixedYears.length && mixedYears.every((n) => n !== undefined && Number.isFinite(n)) && mixedYears[1]! < 12) {
    facts.loanTermYears = Math.round((mixedYears[0]! + mixedYears[1]! / 12) * 1000) / 1000;
  } else if (half) {
    const whole = half[1] ? Number(/^\d+$/.test(half[1]) ? half[1] : parseChineseNumber(half[1])) : 0;
    if (Number.isFinite(whole)) facts.loanTermYears = whole + 0.5;
  }
  // "5年以上", "3年多" give no term to compute with: asked rather than taken as 5 or 3.
  const term = facts.loanTermYears !== undefined ? undefined : quantities.find((q) => (q.unit === 'years' || q.unit === 'months') && !/合同|毕业|前|以前|以上|多/.test(text.slice(q.index + q.raw.length, q.index + q.raw.length + 2)));
  if (term && term.value > 0) facts.loanTermYears = term.unit === 'months' ? Math.round((term.value / 12) * 1000) / 1000 : term.value;
  // "基准利率4.9%" states the benchmark, which the calculator then uses; any other rate ("年利率6%",
  // "利率4.35%") is the loan's own, which the text does not subsidise by.
  const rates = quantities.filter((q) => q.unit === 'percent' && q.value > 0 && q.value < 100 && q.value !== 50);
  for (const rate of rates) {
    const benchmark = /基准利率\s*(?:是|为|按)?\s*$/.test(text.slice(Math.max(0, rate.index - 8), rate.index));
    if (benchmark) facts.statedBenchmarkRatePercent ??= rate.value;
    else facts.loanRatePercent ??= rate.value;
  }
  return facts;
}

function readTransfer(text: string): Partial<Profile> {
  const facts: Partial<Profile> = {};
  if (/产学研/.test(text)) facts.industryUniversityProject = true;
  if (/没(?:有)?(?:实现|达到)?(?:中试|产业化)|未(?:实现|达到)(?:中试|产业化)/.test(text)) facts.reachedPilotOrIndustrialisation = false;
  else if (/中试|产业化|量产/.test(text)) facts.reachedPilotOrIndustrialisation = true;
  if (/没(?:有)?(?:事先)?立项|未(?:事先)?立项|事后(?:才)?立项/.test(text)) facts.approvedBeforehand = false;
  else if (/事先立项|已(?:经)?立项|提前立项|立了项|立项了/.test(text)) facts.approvedBeforehand = true;
  if (/成果转化项目|转化项目/.test(text)) facts.resultTransferProject = true;
  if (/入园|进园区|入驻园区|园区落地/.test(text)) facts.enteringPark = true;
  const income = /净收入\D{0,4}?([\d.]+\s*[万亿]?\s*元?|[一二两三四五六七八九十百千]+\s*[万亿]?\s*元?)/.exec(text);
  const money = income ? findQuantities(income[1]!).find((q) => q.unit === 'yuan') : undefined;
  if (money) facts.transferNetIncomeYuan = money.value;
  return facts;
}
