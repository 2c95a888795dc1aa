/** Facts read from casual Chinese: each row is a message, the date it is judged on, and the facts expected. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/dialogue/facts/extract.js';

const asOf = '2021-06-30';
const rows: [string, Record<string, unknown>, string[]?][] = [
  ['我是全日制博士，去年毕业', { degree: 'doctorate', fullTime: true, graduationDate: '2020' }],
  ['非全日制博士', { degree: 'doctorate', fullTime: false }],
  ['在职博士', { degree: 'doctorate', fullTime: false }],
  ['不是博士，是硕士', { degree: 'master' }],
  ['我是本科', { degree: 'bachelor' }],
  ['大专学历', { degree: 'associate' }],
  ['2019年6月毕业', { graduationDate: '2019-06' }],
  ['二〇一九年毕业', { graduationDate: '2019' }],
  ['毕业三年', { graduationDate: '2018' }],
  ['3年内毕业', { graduationDate: '2018-06-30' }],
  ['毕业不到两年', { graduationDate: '2019-06-30' }],
  ['第一次在盘锦创业', { firstBusinessInPanjin: true, businessStartDate: asOf }],
  ['头一回创业', { firstBusinessInPanjin: true }],
  ['这是第二次在盘锦创业', { firstBusinessInPanjin: false }],
  ['2020年首次在盘锦创业', { firstBusinessInPanjin: true, businessStartDate: '2020' }],
  ['新落户盘锦，在盘锦上班', { newlySettled: true, employedInPanjin: true }],
  ['我在沈阳工作', { employedInPanjin: false }],
  ['户口在沈阳', { newlySettled: false }],
  ['在盘锦买首套房', { buyingHomeInPanjin: true, firstHome: true }],
  ['在盘锦买了第一套房', { buyingHomeInPanjin: true, firstHome: true }],
  ['知识产权质押贷款300万元，期限一年，基准利率4.35%', { ipPledgeLoan: true, loanPrincipalYuan: 3000000, loanTermYears: 1, statedBenchmarkRatePercent: 4.35 }],
  ['专利质押贷了200万，2年，年利率6%', { ipPledgeLoan: true, loanPrincipalYuan: 2000000, loanTermYears: 2, loanRatePercent: 6 }],
  ['在盘锦购置了一套住房', { buyingHomeInPanjin: true }],
  ['在盘锦买了第二套房', { buyingHomeInPanjin: true, firstHome: false }],
  ['买的是第二套', { firstHome: false }],
  ['国际级顶尖人才，首次全职引进，签了五年合同', { talentTier: 'top', firstFullTimeIntroduction: true, contractYears: 5 }],
  ['国家级领军人才', { talentTier: 'nationalLeading' }],
  ['兴辽英才，省里资助了20万', { provincialProgramme: 'xingliaoTalent', provincialSupportYuan: 200000 }],
  ['辽宁省优秀专家', { provincialProgramme: 'liaoningExpert' }],
  ['特别支持的团队', { teamTier: 'special' }],
  ['今年刚认定的高企', { recognitionKind: 'highTechEnterprise', recognitionDate: '2021' }],
  ['前年就是高企了，今年能拿吗', { recognitionKind: 'highTechEnterprise', recognitionDate: '2019' }],
  ['省级企业技术中心', { recognitionKind: 'enterpriseTechCenter', recognitionLevel: 'provincial' }],
  ['市级孵化器', { recognitionKind: 'incubator', recognitionLevel: 'city' }],
  ['国家级的呢', { recognitionLevel: 'national' }, ['national-incubator']],
  ['国家级的呢', { talentTier: 'nationalLeading' }, ['top-talent-salary']],
  ['贷了500万，一年，利率4.35%', { loanPrincipalYuan: 5000000, loanTermYears: 1, loanRatePercent: 4.35 }],
  ['知识产权质押贷款两千万，三年期', { ipPledgeLoan: true, loanPrincipalYuan: 20000000, loanTermYears: 3 }],
  ['专利质押贷款１０００万，６个月', { ipPledgeLoan: true, loanPrincipalYuan: 10000000, loanTermYears: 0.5 }],
  ['不是知识产权质押，是信用贷款', { ipPledgeLoan: false }],
  ['没用专利质押，贷了300万', { ipPledgeLoan: false, loanPrincipalYuan: 3000000 }],
  ['兴辽英才，不是新引进的', { provincialProgramme: 'xingliaoTalent', newlyTrainedOrIntroduced: false, newlyIntroduced: false }],
  ['顶尖人才，新引进的', { talentTier: 'top', newlyIntroduced: true }],
  ['期限一年', { loanTermYears: 1 }, ['ip-pledge-interest-subsidy']],
  ['省里给了40万', { provincialSupportYuan: 400000 }, ['provincial-talent-match']],
  ['新培养的', { newlyTrainedOrIntroduced: true }, ['provincial-talent-match']],
  ['不是新引进的', { newlyTrainedOrIntroduced: false }, ['provincial-talent-match']],
  ['项目没有事先立项，已经实现产业化', { approvedBeforehand: false, reachedPilotOrIndustrialisation: true }],
  ['毕业快三年了', { graduationDate: '2018' }],
  ['其实我户口还没迁过来', { newlySettled: false }],
  ['户口还在老家', { newlySettled: false }],
  ['我不是第一次创业但是第一次在盘锦创业', { firstBusinessInPanjin: true }],
  ['房子也是在盘锦买的是第一套', { buyingHomeInPanjin: true, firstHome: true }],
  ['那在外地买的呢', { buyingHomeInPanjin: false }],
  ['我在外地上班', { employedInPanjin: false }],
  ['贷款500万 抵押的是专利 一年', { ipPledgeLoan: true, loanPrincipalYuan: 5000000, loanTermYears: 1 }],
  ['我硕士毕业后读了全日制博士', { degree: 'doctorate', fullTime: true }],
  ['毕业将近5年', { graduationDate: '2016' }],
  ['不在盘锦上班', { employedInPanjin: false }],
  ['新落户盘锦，没在盘锦工作', { newlySettled: true, employedInPanjin: false }],
  // The figure before "，贴息多少" is the loan; the one before "贴息" is the subsidy.
  ['用知识产权质押从银行贷了800万，贴息多少', { ipPledgeLoan: true, loanPrincipalYuan: 8000000 }],
];

describe('extractFacts', () => {
  it.each(rows)('%s', (text, expected, topic) => {
    expect(extractFacts(text, asOf, topic ?? [])).toMatchObject(expected);
  });

  it('reads nothing from a message that states nothing', () => {
    expect(extractFacts('第17条讲什么', asOf)).toEqual({});
    expect(extractFacts('今天天气怎么样', asOf)).toEqual({});
  });

  // A bare place after an answer on a benefit that asks where the organisation is registered
  // (item-6's 高企) is where the organisation is; with no such topic, it says nothing.
  it('reads a bare place as where the organisation is, against a topic that asks it', () => {
    expect(extractFacts('我们在盘锦', asOf, ['high-tech-enterprise']).enterpriseInPanjin).toBe(true);
    expect(extractFacts('我们是在盘锦', asOf, ['high-tech-enterprise']).enterpriseInPanjin).toBe(true);
    expect(extractFacts('不是，在大连', asOf, ['high-tech-enterprise']).enterpriseInPanjin).toBe(false);
    expect(extractFacts('我们在盘锦', asOf).enterpriseInPanjin).toBeUndefined();
    expect(extractFacts('不是，在大连', asOf, ['phd-first-home']).enterpriseInPanjin).toBeUndefined();
  });

  it('does not read a benefit\'s own wording as a date ("新认定的孵化器")', () => {
    expect(extractFacts('新认定的国家级孵化器能拿多少', asOf).recognitionDate).toBeUndefined();
  });
});

describe('extractFacts on mixed or negated statements', () => {
  it.each([
    ['我老婆在沈阳工作，我在盘锦上班', {}],
    ['房子是在沈阳买的', { buyingHomeInPanjin: false }],
    ['我没有博士学位', { degree: 'other' }],
    ['我们是省级的，不是国家级', { recognitionLevel: 'provincial' }],
    ['原来是市级，现在是省级了', { recognitionLevel: 'provincial' }],
    ['高企和国家级孵化器', { recognitionLevel: 'national' }],
    ['知识产权质押贷款300万，半年', { loanTermYears: 0.5 }],
    // A kind named only to deny it is not the asker's; named again it is the reward's name.
    ['公司不是高企，能拿高企那10万吗', { recognitionKind: 'other' }],
    ['假如我们公司没被认定为高新技术企业', { recognitionKind: 'other' }],
    ['我们不是高企，是省级孵化器', { recognitionKind: 'incubator', recognitionLevel: 'provincial' }],
    ['我不是没落户，刚落户盘锦', { newlySettled: true }],
    ['我们团队没评上任何支持标准', { teamTier: 'none' }],
    ['团队没评上特别支持，是重点支持', { teamTier: 'key' }],
    ['不是海外人才项目', { overseasTalentProject: false }],
    ['我们不是企业，是高校', { applicantEnterprise: false }],
    ['我们是科研院所', { applicantEnterprise: false }],
    ['知识产权质押贷款300万，期限为2年零6个月', { loanPrincipalYuan: 3000000, loanTermYears: 2.5 }],
    ['贷款300万，一年三个月', { loanTermYears: 1.25 }],
    ['2019年6月贷款300万，一年', { loanTermYears: 1 }],
    ['我不是顶尖人才，是国家级领军人才', { talentTier: 'nationalLeading' }],
    ['我不是顶尖人才', { talentTier: 'other' }],
    ['房子不在盘锦买的，第一套', { buyingHomeInPanjin: false, firstHome: true }],
    ['2019年以前就在盘锦开过公司', { firstBusinessInPanjin: false }],
    ['之前从没开过公司，第一次在盘锦创业', { firstBusinessInPanjin: true }],
    ['公司不是国家级企业技术中心，是省级的', { recognitionKind: 'enterpriseTechCenter', recognitionLevel: 'provincial' }],
    ['我们孵化器不是新列入的，早几年就是国家级了', { recognitionKind: 'incubator', recognitionNew: false, recognitionLevel: 'national' }],
  ] as const)('%s', (text, expected) => {
    const facts = extractFacts(text, '2021-06-30');
    expect(facts).toMatchObject(expected);
    if (!Object.keys(expected).length) expect(facts.employedInPanjin).toBeUndefined();
  });

  it('reads only the asker\'s own degree when someone else\'s is said too', () => {
    expect(extractFacts('我硕士 我老婆博士 全日制', '2021-06-30').degree).toBe('master');
    expect(extractFacts('我是博士，我老婆是本科', '2021-06-30').degree).toBe('doctorate');
    expect(extractFacts('我老婆是硕士', '2021-06-30').degree).toBeUndefined();
    expect(extractFacts('我爱人博士毕业', '2021-06-30').degree).toBeUndefined();
  });

  it('reads nothing of the asker from 高校科研院所 as a subject (item-12)', () => {
    expect(extractFacts('高校科研院所的成果在盘转化有什么支持', '2021-06-30').applicantEnterprise).toBeUndefined();
    expect(extractFacts('我们是高校孵化的企业', '2021-06-30').applicantEnterprise).toBeUndefined();
  });

  it('takes no loan term from "5年以上" or "3年多": it is asked, not guessed', () => {
    expect(extractFacts('知识产权质押贷款100万，期限5年以上', '2021-06-30').loanTermYears).toBeUndefined();
    expect(extractFacts('知识产权质押贷款100万，贷了3年多', '2021-06-30').loanTermYears).toBeUndefined();
  });

  it('leaves the level unknown when a message compares two ("国家级…和省级…分别多少")', () => {
    expect(extractFacts('国家级企业技术中心和省级企业技术中心分别奖励多少', '2021-06-30').recognitionLevel).toBeUndefined();
    expect(extractFacts('国家级还是省级孵化器', '2021-06-30').recognitionLevel).toBeUndefined();
  });

  it('leaves the recognition kind unknown when a message names two', () => {
    expect(extractFacts('高企和国家级孵化器奖励各多少', '2021-06-30').recognitionKind).toBeUndefined();
  });
});
