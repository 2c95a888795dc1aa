/**
 * Facts about an enterprise or institution: what it was recognised as (研发机构, 高新技术企业,
 * 孵化器, 众创空间, 加速器), at what level and when ("今年刚认定", "前年就是高企了"); IP-pledge loans
 * with principal, term and rate; transfer projects of item-9.
 */
import type { Profile } from '../../calculator/profile.js';
import { findQuantities, parseChineseNumber } from '../../calculator/numbers.js';
import { partialDate, yearIn } from './when.js';
import { patterns } from '../../knowledge/language.js';

const P = patterns('language/zh/facts/enterprise.json', [
  'kindEngineeringTechResearchCenter', 'kindEnterpriseTechCenter', 'kindTechInnovationCenter',
  'kindEngineeringResearchCenter', 'kindEngineeringLab', 'kindHighTechEnterprise', 'kindAccelerator',
  'kindIncubator', 'kindMakerSpace', 'deniedKindFiller', 'deniedKindName', 'levelNational',
  'levelProvincial', 'levelCity', 'levelCounty', 'deniedLevel', 'twoLevels', 'deniedKind', 'doubleNegative',
  'deniesNew', 'notNew', 'notEnterprise', 'recognised', 'yearWord', 'yearOfRecognition', 'ipPledgeLoanNo',
  'ipPledgeLoanYes', 'otherSecurity', 'loanWord', 'subsidyAfterFigure', 'yearsAndMonths', 'halfYear',
  'notATerm', 'benchmarkBefore', 'industryUniversityProjectYes', 'reachedPilotOrIndustrialisationNo',
  'reachedPilotOrIndustrialisationYes', 'approvedBeforehandNo', 'approvedBeforehandYes',
  'resultTransferProjectYes', 'enteringParkYes', 'netIncome', 'otherEventYear', 'renewal', 'deniedRenewal',
  'firstRecognition', 'enterpriseElsewhere', 'enterpriseHere', 'industryUniversityProjectNo', 'enteringParkNo',
  'nonBankLender', 'bank', 'loanRefused', 'otherKind', 'kindAsBenefit', 'alreadyRewarded', 'levelOther',
]);

type Kind = NonNullable<Profile['recognitionKind']>;

/** Longest names first, so 工程技术研究中心 is not read as 工程研究中心. */
const KINDS: readonly [RegExp, Kind][] = [
  [P.kindEngineeringTechResearchCenter, 'engineeringTechResearchCenter'],
  [P.kindEnterpriseTechCenter, 'enterpriseTechCenter'],
  [P.kindTechInnovationCenter, 'techInnovationCenter'],
  [P.kindEngineeringResearchCenter, 'engineeringResearchCenter'],
  [P.kindEngineeringLab, 'engineeringLab'],
  [P.kindHighTechEnterprise, 'highTechEnterprise'],
  [P.kindAccelerator, 'accelerator'],
  [P.kindIncubator, 'incubator'],
  [P.kindMakerSpace, 'makerSpace'],
];

/**
 * The kind of recognition a message states. Two kinds in one message ("高企和国家级孵化器") leave
 * it unknown: the Profile holds one, and reading either would rule the other's benefit out.
 */
export function readRecognitionKind(text: string): Kind | undefined {
  // "不是国家级企业技术中心" denies the level, not the kind: the filler never swallows a level.
  const positive = text.replace(P.deniedKindFiller, '不是');
  const kinds = KINDS.filter(([re]) => re.test(positive.replace(P.deniedKindName, '')));
  return kinds.length === 1 ? kinds[0]![1] : undefined;
}

const LEVELS: readonly [RegExp, NonNullable<Profile['recognitionLevel']>][] = [
  [P.levelNational, 'national'],
  [P.levelProvincial, 'provincial'],
  [P.levelCity, 'city'],
  [P.levelCounty, 'county'],
  // A title an association gave, not a government: no level the text rewards.
  [P.levelOther, 'other'],
];

/**
 * 国家级 / 省级 / 市级 / 县区级, or undefined. "不是省级" says nothing positive, and when a message
 * names two levels ("原来是市级，现在是省级了") the last one is the asker's current word.
 */
export function readLevel(text: string): Profile['recognitionLevel'] | undefined {
  const positive = text.replace(P.deniedLevel, '');
  // "国家级企业技术中心和省级企业技术中心分别奖励多少" compares two levels; it states neither as the asker's.
  const pair = P.twoLevels.exec(positive);
  if (pair && pair[1] !== pair[2]) return undefined;
  let last: { at: number; level: NonNullable<Profile['recognitionLevel']> } | undefined;
  for (const [re, level] of LEVELS) {
    for (const m of positive.matchAll(re)) if (!last || m.index > last.at) last = { at: m.index, level };
  }
  return last?.level;
}

/** A kind named only to deny it: "公司不是高企", "没被认定为高新技术企业", "并非孵化器". */
const DENIED_KIND = P.deniedKind;
/** A double negative says the kind after all: "不是没认定高企". */
const DOUBLE_NEGATIVE = P.doubleNegative;

/** "不是新列入的": a plain denial, which also withdraws a year said before (unlike "早就是", which may just say yes). */
export const DENIES_NEW = P.deniesNew;
/** "不是新列入的", "早就是高企了", "老高企": recognised before, not new; a stated year still decides. */
const NOT_NEW = P.notNew;

/**
 * "我们不是企业，是高校", "我们是科研院所": the asker is not the 企业 items 3, 6 and 13 reward. Said
 * of 我们/本单位 only, so "高校科研院所的成果" (item-12's subject) states nothing about the asker.
 */
const NOT_ENTERPRISE = P.notEnterprise;

/** The latest year read as a recognition's when tied to its word (see readEnterprise). */
const RECOGNITION_LATEST_YEAR = 2099;

export function readEnterprise(text: string, asOf: string): Partial<Profile> {
  const facts: Partial<Profile> = {};
  if (NOT_ENTERPRISE.test(text)) facts.applicantEnterprise = false;
  // "评上了科技型中小企业，能拿高企那10万吗": a recognition the policy has no reward for is the asker's;
  // the policy's kind named as the benefit asked about is not.
  // Alone ("科技型中小企业有奖励吗") it is a near miss that the clause search answers, not a fact.
  const asBenefit = P.otherKind.test(text) ? text.replace(P.kindAsBenefit, '') : text;
  const otherKind = asBenefit !== text;
  const kind = readRecognitionKind(asBenefit);
  const deniedName = DOUBLE_NEGATIVE.test(text) ? undefined : DENIED_KIND.exec(text)?.[0];
  const denied = deniedName ? KINDS.find(([re]) => re.test(deniedName))?.[1] : undefined;
  // Denying a kind rules its rewards out, and the kind named again after the denial is the reward's
  // name ("不是高企，能拿高企那10万吗"); the Profile holds one kind, so the asker's is "other".
  if (denied && (!kind || kind === denied)) facts.recognitionKind = 'other';
  else if (kind) facts.recognitionKind = kind;
  else if (otherKind) facts.recognitionKind = 'other';
  // A one-off reward already received, asked for again: it was paid for a recognition that is no new one
  // now, and a loose "this year" is when the asker asks, not when it was recognised.
  const rewarded = P.alreadyRewarded.test(text) && Boolean(kind || readLevel(text));
  if (NOT_NEW.test(text) || rewarded) facts.recognitionNew = false;
  const recognised = P.recognised;
  if (recognised.test(text) || P.yearWord.test(text)) {
    // The year attached to the recognition ("2016年认定的", "2019年3月认定") beats any other year in
    // the message, and keeps its month; a year said of another event ("公司2018年成立") is never it.
    const asOfYear = Number(asOf.slice(0, 4));
    const attached = P.yearOfRecognition.exec(text);
    // A year tied to the recognition word is read even when it lies ahead of the date judged on
    // ("2024年认定的高企" judged in 2021): it is after the 2019—2021 period either way, and the
    // calculator says so rather than asking the year again.
    const date = attached ? partialDate(attached[1]!, asOfYear, RECOGNITION_LATEST_YEAR) : rewarded ? undefined : yearIn(text.replace(P.otherEventYear, '，'), asOfYear)?.toString();
    if (date !== undefined && (kind || recognised.test(text))) facts.recognitionDate = date;
  }
  // "复审又认定了一次", "第二次评上": a second recognition; "不是复审，是第一次认定" a first one.
  const renewalSaid = text.replace(P.deniedRenewal, '');
  if (P.renewal.test(renewalSaid)) facts.firstRecognition = false;
  else if (P.firstRecognition.test(text) || renewalSaid !== text) facts.firstRecognition = true;
  // "公司开在大连": registered elsewhere; a place here said too ("总部在大连，公司注册在{{here}}") wins.
  if (P.enterpriseHere.test(text)) facts.enterpriseInPanjin = true;
  else if (P.enterpriseElsewhere.test(text)) facts.enterpriseInPanjin = false;
  // "新认定的" is the policy's own description of who benefits, not a date: only a stated year counts.
  Object.assign(facts, readLoan(text), readTransfer(text));
  return facts;
}

/** Loan facts; `aboutLoan` when the conversation is already about a loan and the text need not say 贷. */
export function readLoan(text: string, aboutLoan = false): Partial<Profile> {
  const facts: Partial<Profile> = {};
  // "不是知识产权质押" names the pledge only to deny it.
  // The text subsidises a pledge loan 向银行成功贷款: from a lender that is no bank, or refused, it is none.
  if (P.ipPledgeLoanNo.test(text) || (P.nonBankLender.test(text) && !P.bank.test(text)) || P.loanRefused.test(text)) facts.ipPledgeLoan = false;
  else if (P.ipPledgeLoanYes.test(text)) facts.ipPledgeLoan = true;
  // A loan secured on anything else (厂房, 房产, 土地, 设备, 股权…) or unsecured is not an IP-pledge loan.
  else if (P.otherSecurity.test(text)) facts.ipPledgeLoan = false;
  if (!aboutLoan && !P.loanWord.test(text)) return facts;

  const quantities = findQuantities(text);
  // "能拿50万贴息" names the subsidy, not the loan; "贷了800万，贴息多少" names the loan: the words
  // after a figure describe it only up to the next punctuation.
  const after = (q: { index: number; raw: string }) => text.slice(q.index + q.raw.length, q.index + q.raw.length + 3).split(/[，,。；;？?！!\s]/)[0]!;
  const principal = quantities.find((q) => q.unit === 'yuan' && !P.subsidyAfterFigure.test(after(q)));
  if (principal && principal.value > 0) facts.loanPrincipalYuan = principal.value;
  // "2年零6个月", "一年三个月": years and months of one term, not two terms.
  const mixed = P.yearsAndMonths.exec(text);
  const mixedYears = mixed ? [mixed[1]!, mixed[2]!].map((n) => (/^\d+$/.test(n) ? Number(n) : parseChineseNumber(n))) : [];
  // 半年 and 一年半 are terms too, which the number reader does not see.
  const half = P.halfYear.exec(text);
  if (mixedYears.length && mixedYears.every((n) => n !== undefined && Number.isFinite(n)) && mixedYears[1]! < 12) {
    facts.loanTermYears = Math.round((mixedYears[0]! + mixedYears[1]! / 12) * 1000) / 1000;
  } else if (half) {
    const whole = half[1] ? Number(/^\d+$/.test(half[1]) ? half[1] : parseChineseNumber(half[1])) : 0;
    if (Number.isFinite(whole)) facts.loanTermYears = whole + 0.5;
  }
  // "5年以上", "3年多" give no term to compute with: asked rather than taken as 5 or 3.
  const term = facts.loanTermYears !== undefined ? undefined : quantities.find((q) => (q.unit === 'years' || q.unit === 'months') && !P.notATerm.test(text.slice(q.index + q.raw.length, q.index + q.raw.length + 2)));
  if (term && term.value > 0) facts.loanTermYears = term.unit === 'months' ? Math.round((term.value / 12) * 1000) / 1000 : term.value;
  // "基准利率4.9%" states the benchmark, which the calculator then uses; any other rate ("年利率6%",
  // "利率4.35%") is the loan's own, which the text does not subsidise by.
  const rates = quantities.filter((q) => q.unit === 'percent' && q.value > 0 && q.value < 100 && q.value !== 50);
  for (const rate of rates) {
    const benchmark = P.benchmarkBefore.test(text.slice(Math.max(0, rate.index - 8), rate.index));
    if (benchmark) facts.statedBenchmarkRatePercent ??= rate.value;
    else facts.loanRatePercent ??= rate.value;
  }
  return facts;
}

function readTransfer(text: string): Partial<Profile> {
  const facts: Partial<Profile> = {};
  // "没跟任何高校合作" holds "跟…高校…合作": the denial first.
  if (P.industryUniversityProjectNo.test(text)) facts.industryUniversityProject = false;
  else if (P.industryUniversityProjectYes.test(text)) facts.industryUniversityProject = true;
  if (P.reachedPilotOrIndustrialisationNo.test(text)) facts.reachedPilotOrIndustrialisation = false;
  else if (P.reachedPilotOrIndustrialisationYes.test(text)) facts.reachedPilotOrIndustrialisation = true;
  if (P.approvedBeforehandNo.test(text)) facts.approvedBeforehand = false;
  else if (P.approvedBeforehandYes.test(text)) facts.approvedBeforehand = true;
  if (P.resultTransferProjectYes.test(text)) facts.resultTransferProject = true;
  if (P.enteringParkNo.test(text)) facts.enteringPark = false;
  else if (P.enteringParkYes.test(text)) facts.enteringPark = true;
  const income = P.netIncome.exec(text);
  const money = income ? findQuantities(income[1]!).find((q) => q.unit === 'yuan') : undefined;
  if (money) facts.transferNetIncomeYuan = money.value;
  return facts;
}
