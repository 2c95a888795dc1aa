/**
 * Facts about a person: degree, full-time study, graduation, first business in 盘锦, settling,
 * employment and home. Each reader looks for explicit words only; silence leaves a fact unknown.
 */
import type { Profile } from '../../calculator/profile.js';
import { parseChineseNumber } from '../../calculator/numbers.js';
import { partialDate, yearsBefore } from './when.js';
import { presentStart } from './presentStart.js';
import { OTHER_PLACES } from '../cues.js';

// 外地/外省/老家 are elsewhere for a fact about the asker, though no other city's policy is named.
const PLACES = [...OTHER_PLACES, '外地', '外省', '老家'].join('|');
const ELSEWHERE = new RegExp(`(?:在|去|到)(?:${PLACES})`);

export function readPerson(text: string, asOf: string): Partial<Profile> {
  const facts: Partial<Profile> = {};
  const year = Number(asOf.slice(0, 4));

  const degree = readDegree(text);
  if (degree) facts.degree = degree;

  if (/非全日制|不是全日制|在职(?:博士|硕士|研究生|读)|业余/.test(text)) facts.fullTime = false;
  else if (/全日制/.test(text)) facts.fullTime = true;

  const graduation = readGraduation(text, asOf, year);
  if (graduation) facts.graduationDate = graduation;

  // "我不是第一次创业但是第一次在盘锦创业": the policy asks about 盘锦 only, so a first business
  // there is said outright whatever came before elsewhere.
  if (/(?<!不是)(?:第一次|首次|头一回|头一次|头回|初次|第一回)(?:在盘锦|在盘|来盘锦|来盘|到盘锦)(?:这边)?创业/.test(text)
      && !/(?:第[二三四2-4]次|二次|再次|又一次)(?:在盘锦|在盘|来盘锦|来盘)创业/.test(text)) {
    facts.firstBusinessInPanjin = true;
  } else if (/(?:第[二三四2-4]次|二次|再次|又一次|又)(?:在盘锦|在盘|来盘锦|来盘)?创业|(?:以前|之前|曾经|已经)(?:在盘锦|在盘)?创过业|不是(?:第一次|首次|头一回)/.test(text)
      // "2019年以前就在盘锦开过公司": a business before this one; "从没开过公司" says the opposite.
      || (/(?:以前|之前|曾经|早就|已经|原来)[^，,。；;]{0,10}?(?:开过|办过|创办过|注册过)(?:公司|企业)/.test(text) && !/(?:没|未)有?(?:开过|办过|创办过|注册过)/.test(text))) {
    facts.firstBusinessInPanjin = false;
  } else if (/(?:第一次|首次|头一回|头一次|头回|初次|第一回)/.test(text) && /创业|开公司|办企业|开办/.test(text)) {
    facts.firstBusinessInPanjin = !new RegExp(`(?:在|去|到)(?:${PLACES})(?:创业|开公司|办企业)`).test(text);
  } else if (new RegExp(`(?:在|去|到)(?:${PLACES})(?:创业|开公司|办企业)`).test(text)) {
    facts.firstBusinessInPanjin = false;
  }

  if (/没(?:有)?落户|未落户|不落户|户口不在盘锦|没(?:有)?把户口|户口(?:还)?(?:没|未|没有)(?:迁|落|转|办)|(?:还)?没(?:有)?(?:迁|转)户口|户口(?:还)?在(?:老家|外地|原籍)|(?:落户|户口)(?:在|到)(?!盘锦|盘)/.test(text)
      || new RegExp(`(?:落户|户口在)(?:${PLACES})|(?:${PLACES})户口`).test(text)) {
    facts.newlySettled = false;
  } else if (/新落户|刚落户|落户(?:到)?盘锦|在盘锦落户|在盘落户|户口(?:迁|落|转)(?:到|入|进)?(?:了)?盘锦|落户了|已落户/.test(text)) {
    facts.newlySettled = true;
  }

  const start = readBusinessStart(text, asOf, year);
  if (start) facts.businessStartDate = start;

  const worksElsewhere = new RegExp(`(?:在|去|到)(?:${PLACES})(?:市)?(?:工作|上班|就业|任职)`).test(text) || /不在盘锦(?:工作|上班|就业)|没在盘锦(?:工作|上班|就业)/.test(text);
  // "不在盘锦上班" holds "在盘锦上班": the negated phrase is read only as working elsewhere.
  const affirmed = text.replace(/(?:不|没|没有|并不|并没有)(?:在|来|到)盘锦?(?:市)?(?:工作|上班|就业|任职)/g, '');
  const worksHere = /(?:在|来|到)盘锦?(?:市)?(?:工作|上班|就业|任职)|盘锦的?(?:单位|企业|公司|学校|医院)(?:工作|上班|就业|任职)|在盘(?:工作|上班|就业)/.test(affirmed);
  // "我老婆在沈阳工作，我在盘锦上班": two places, two people; ask rather than guess whose is whose.
  if (worksElsewhere !== worksHere) facts.employedInPanjin = worksHere;

  // "房子不在盘锦买的", "没在盘锦买房": a denial, though it holds the words "在盘锦买".
  if (/(?:不|没|没有|并不|并没有|不是)(?:是)?在盘锦?(?:市)?(?:买|购)|房子?(?:不|没|并不)(?:是)?在盘锦?(?:市)?(?:买|购)/.test(text)) facts.buyingHomeInPanjin = false;
  else if (new RegExp(`(?:在|去|到)(?:${PLACES})(?:市)?(?:买|购)`).test(text)) facts.buyingHomeInPanjin = false;
  // "在盘锦买了第一套房", "在盘锦购置了一套住房": an aspect word or a measure may stand between verb and home.
  else if (/(?:在|来)盘锦?(?:市)?(?:买|购|购置|置)了?(?:一套|1套)?(?:房|住房|套房|首套|第一套|二套|第二套|商品房|新房|二手房)|盘锦的?(?:房子|住房)|房子?(?:也|都)?(?:是)?在盘锦?(?:市)?(?:买|购)/.test(text)) facts.buyingHomeInPanjin = true;

  if (/二套|第二套|第[二三2-3]套|第二次买房|已经有(?:一套)?房|已有住房|有房了|不是首套|非首套/.test(text)) facts.firstHome = false;
  else if (/首套|第一套|头一套|第一次买房|首次(?:购|买)房/.test(text)) facts.firstHome = true;

  if (facts.employedInPanjin === undefined && !worksHere && ELSEWHERE.test(text) && /工作|上班/.test(text)) facts.employedInPanjin = false;
  return facts;
}

/** Someone besides the asker ("我硕士 我老婆博士"): a degree said then may be theirs. */
const OTHER_PERSON = /老婆|老公|爱人|妻子|丈夫|媳妇|对象|朋友|同学|同事|孩子|儿子|女儿|父亲|母亲|爸|妈|哥|姐|弟|妹|亲戚/;
const DEGREES: [Profile['degree'], RegExp][] = [
  ['doctorate', /博士|博仕|博后|phd/i],
  ['master', /硕士|研究生|研究僧|master/i],
  ['bachelor', /本科|学士|大学毕业|大学生/],
  ['associate', /专科|大专|高职/],
];

function readDegree(text: string): Profile['degree'] | undefined {
  // "不是博士，是硕士": the negated degree says only what the asker is not.
  const positive = text.replace(/(?:不是|并非|没有|没读|没念)(?:全日制的?)?(?:博士|硕士|研究生|本科)(?:学位|研究生)?|非(?:博士|硕士)/g, '');
  if (OTHER_PERSON.test(text)) {
    // "我老婆是硕士": someone else's degree is no fact about the asker; only one said of 我 counts.
    const own = /(?:我|本人)(?:自己)?(?:也)?(?:是)?(?:全日制的?|非全日制的?|在职的?)?(?:读的)?([^，,。；;！!？?\s]{0,3})/g;
    const mine = [...positive.matchAll(own)].flatMap((m) => DEGREES.filter(([, p]) => p.test(m[1]!)).map(([d]) => d));
    return mine.length === 1 ? mine[0] : undefined;
  }
  const said = DEGREES.filter(([, p]) => p.test(positive)).map(([d]) => d);
  // One person's several degrees ("硕士毕业后读了博士"): the highest counts.
  if (said.length) return said[0];
  if (/(?:不是|并非|没有|没读)博士|非博士/.test(text)) return 'other';
  return undefined;
}

function readGraduation(text: string, asOf: string, year: number): string | undefined {
  if (!/毕业|届/.test(text)) return undefined;
  // "毕业3年内", "毕业不到3年", "3年内毕业": at most N years; N years ago is the earliest date meant.
  // "毕业快三年了", "毕业将近3年": roughly N years, read like "毕业三年".
  const within = /毕业(?:已经|已|都|有|快|将近|接近|差不多|近)*(?:不到|不满|未满|没满|没到)?\s*([\d.]+|[一二两三四五六七八九十]+)\s*(?:个)?年(?:内|以内|之内)?|([\d.]+|[一二两三四五六七八九十]+)\s*(?:个)?年(?:内|以内|之内)毕业/.exec(text);
  if (within) {
    const n = parseChineseNumber(within[1] ?? within[2]!);
    const isCalendar = /^\d{4}$/.test(within[1] ?? within[2]!);
    if (n !== undefined && !isCalendar && n < 60) {
      const bounded = /内|不到|不满|未满|没满|没到/.test(within[0]);
      // "毕业三年" names a year only roughly; the calendar year it points at lets the calculator
      // ask for the exact date when the answer turns on it.
      return bounded ? yearsBefore(asOf, n) : String(year - Math.round(n));
    }
  }
  const near = /(?:今年|去年|前年|大前年|(?:19|20)\d{2}|\d{2}|[〇零一二三四五六七八九]{4})\s*(?:年)?(?:\s*\d{1,2}\s*月)?(?:份)?(?:刚)?(?:博士|硕士|研究生|本科|大学)?(?:刚)?(?:毕业|届)|毕业(?:于|时间是|是)?\s*(?:(?:19|20)\d{2}|今年|去年|前年)(?:年)?(?:\s*\d{1,2}\s*月)?/.exec(text);
  if (!near) return undefined;
  const phrase = /年/.test(near[0]) || /今年|去年|前年/.test(near[0]) ? near[0] : near[0].replace(/(\d+)/, '$1年');
  return partialDate(phrase, year);
}

/**
 * When the business started: a stated year ("2020年首次在盘锦创业"), or, for a business being
 * started now ("准备第一次在盘锦创业", "打算创业"), the date the question is judged on.
 */
function readBusinessStart(text: string, asOf: string, year: number): string | undefined {
  if (!/创业|开公司|办企业/.test(text)) return undefined;
  const dated = /((?:19|20)\d{2}|今年|去年|前年|明年)\s*年?\s*(?:(\d{1,2})\s*月(?:份)?)?\s*(?:开始|就)?(?:首次|第一次|头一回)?(?:在盘锦|在盘|来盘锦|来盘)?(?:创业|开公司|办企业)/.exec(text);
  if (dated) return partialDate(dated[0], year);
  if (/准备|打算|想|要|计划|正在|现在|刚|即将|马上|第一次|首次|头一回|头一次|头回/.test(text)) return presentStart(asOf);
  return undefined;
}
