/**
 * Which entitlements a message asks about, by the words people use for them. Keyed by the rule
 * ids of knowledge/rules; a cue names a benefit, it never decides who gets it (the calculator does).
 * Text is normalised (simplified, NFKC) before it gets here.
 */

/** Words that make a message a question about money or support rather than about a clause's text. */
export const MONEY_CUE = /补贴|奖|补助|奖励|资助|奖金|贴息|配套|给多少|多少钱|能拿|拿多少|能补|补多少|给钱|有钱|钱|待遇|支持多少|资金|享受|能领|领多少|有什么(?:政策|优惠|好处|福利|扶持)|有哪些(?:政策|优惠|好处|福利|扶持)|优惠|福利|扶持|能得|得多少|申请/;

/** Broad questions: "有哪些补贴", "我能拿什么". */
export const BROAD_CUE = /(?:有哪些|有什么|有啥|都有啥|能拿什么|能享受什么|可以享受什么|能申请什么|符合什么|能领什么)(?:补贴|补助|奖励|资助|政策|优惠|好处|福利|扶持|支持|待遇)?(?:吗|呢|啊)?[?？。!！]*$|(?:哪些|什么|啥)(?:补贴|补助|奖励|资助|优惠|好处|福利|扶持|待遇)|我能拿|我能享受|可以享受哪/;

const RD = /研发机构|研发中心|技术研究中心|工程技术研究中心|工程技术中心|企业技术中心|工程研究中心|工程实验室|技术创新中心|重点实验室/;
const INCUBATOR = /孵化器|孵化基地|众创空间|创客空间|加速器|双创|众创/;
const SALARY = /薪酬|薪资|工资|年薪|薪水|每年(?:给|补|发)|每年多少|一年多少/;

/** rule id → the words that name it. Order is the order answers list them in. */
export const BENEFIT_CUES: readonly [string, (text: string) => boolean][] = [
  ['phd-startup-salary', (t) => /创业/.test(t) && !/启动资金|海外|初始阶段|初创/.test(t) || /3\.6万|三点六万|10\.8万/.test(t) || (SALARY.test(t) && /博士/.test(t))],
  ['phd-first-home', (t) => /购房|买房|房补|住房|安家费|安家补贴|首套|第一套|二套|第二套|房子|买了房|12万/.test(t)],
  ['top-talent-salary', (t) => SALARY.test(t) && !/博士/.test(t) || (/顶尖/.test(t) && /全职|合同|每年/.test(t))],
  ['national-leading-talent-salary', (t) => SALARY.test(t) && !/博士/.test(t) || (/领军/.test(t) && /全职|合同|每年/.test(t))],
  ['top-talent-grant', (t) => /顶尖/.test(t) && !SALARY.test(t) && !/全职|合同/.test(t) || (/人才引进|引进人才|引才/.test(t) && /资助|多少|给/.test(t) && !SALARY.test(t))],
  ['national-leading-talent-grant', (t) => /领军人才|国家级领军|领军/.test(t) && !/领军企业/.test(t) && !SALARY.test(t) && !/全职|合同/.test(t) || (/人才引进|引进人才|引才/.test(t) && /资助|多少|给/.test(t) && !SALARY.test(t))],
  ['doctor-public-post', (t) => /编制|事业单位/.test(t)],
  ['provincial-talent-match', (t) => /兴辽英才|优秀专家|配套|1[:：]1/.test(t)],
  ['team-priority', (t) => /团队/.test(t) && !/特别支持|重点支持/.test(t)],
  ['team-key', (t) => /团队/.test(t) && !/特别支持|优先支持/.test(t)],
  ['team-special', (t) => /团队/.test(t) && !/重点支持|优先支持/.test(t)],
  ['overseas-talent-startup', (t) => /海外|启动资金|创业初始/.test(t)],
  ['national-rd-institution', (t) => RD.test(t)],
  ['provincial-rd-institution', (t) => RD.test(t)],
  ['high-tech-enterprise', (t) => /高新技术企业|高新企业|高企|高新认定/.test(t) && !/高新技术产品/.test(t)],
  ['national-incubator', (t) => INCUBATOR.test(t)],
  ['provincial-incubator', (t) => INCUBATOR.test(t)],
  ['ip-pledge-interest-subsidy', (t) => /质押|贴息|知识产权贷款|专利贷|抵押贷|贷款|贷了/.test(t)],
  ['pilot-project-subsidy', (t) => /中试|产业化|产学研|事先立项|事后补助|成果转化项目/.test(t)],
  ['transfer-income-reward', (t) => /净收入|技术转让|转让或许可|许可收入|科研人员奖励|科技人员奖励/.test(t)],
  ['free-factory-space', (t) => /免费[^，。]{0,6}厂房|厂房[^，。]{0,4}免费|标准化厂房|入园/.test(t)],
  ['agency-service', (t) => /代办|入园|项目落地/.test(t)],
  ['angel-fund-equity', (t) => /天使|基金入股|风险投资/.test(t)],
  ['one-stop-services', (t) => /一站式|子女入学|子女上学|孩子上学|孩子入学|配偶|家属|人才公寓|关系接转|出入境|家属落户/.test(t)],
];

/** The rule ids a message names, in catalogue order; [] when it names none. */
export function benefitsNamed(text: string, known: (id: string) => boolean): string[] {
  return BENEFIT_CUES.filter(([id, cue]) => known(id) && cue(text)).map(([id]) => id);
}
