/**
 * Facts about a person: degree, full-time study, graduation, first business in the policy's city, settling,
 * employment and home. Each reader looks for explicit words only; silence leaves a fact unknown.
 */
import type { Profile } from '../../calculator/profile.js';
import { parseChineseNumber } from '../../calculator/numbers.js';
import { partialDate, yearsBefore } from './when.js';
import { presentStart } from './presentStart.js';
import { patterns } from '../../knowledge/language.js';

const P = patterns('language/zh/facts/person.json', [
  'fullTimeNo', 'fullTimeYes', 'firstBusinessInPanjinYes', 'secondBusinessHere', 'firstBusinessInPanjinNo', 'earlierCompany', 'neverHadCompany', 'firstTime', 'startingBusiness', 'newlySettledNo', 'newlySettledYes', 'notWorkingHere', 'deniedWorkingHere', 'workingHere', 'buyingHomeInPanjinNo', 'buyingHomeInPanjinYes', 'firstHomeNo', 'firstHomeYes', 'working', 'otherPerson', 'askerClause', 'relativeAsking', 'degreesDoctorate', 'degreesMaster', 'degreesBachelor', 'degreesAssociate', 'degreeInBenefitName', 'deniedDegree', 'ownDegree', 'notDoctorate', 'graduation', 'graduatedYearsAgo', 'withinBound', 'graduatedWhen', 'yearWord', 'relativeYear', 'businessWord', 'businessStartedWhen', 'businessNowOrSoon', 'elsewhere', 'businessElsewhere', 'settledElsewhere', 'workingElsewhere', 'boughtElsewhere',
  'employee', 'ownBusiness', 'closedBusiness', 'closedElsewhere', 'homeElsewhere', 'notBuyingHome',
]);

export function readPerson(text: string, asOf: string): Partial<Profile> {
  const facts: Partial<Profile> = {};
  const year = Number(asOf.slice(0, 4));

  const degree = readDegree(text);
  if (degree) facts.degree = degree;

  if (P.fullTimeNo.test(text)) facts.fullTime = false;
  else if (P.fullTimeYes.test(text)) facts.fullTime = true;

  const graduation = readGraduation(text, asOf, year);
  if (graduation) facts.graduationDate = graduation;

  // "我不是第一次创业但是第一次在{{here}}创业": the policy asks about its own city only, so a first business
  // there is said outright whatever came before elsewhere.
  if (P.firstBusinessInPanjinYes.test(text)
      && !P.secondBusinessHere.test(text)) {
    facts.firstBusinessInPanjin = true;
  } else if (P.firstBusinessInPanjinNo.test(text)
      // "2019年以前就在{{here}}开过公司": a business before this one; "从没开过公司" says the opposite.
      || (P.earlierCompany.test(text) && !P.neverHadCompany.test(text))) {
    facts.firstBusinessInPanjin = false;
  } else if (P.closedBusiness.test(text) && !P.neverHadCompany.test(text) && !P.closedElsewhere.test(text)) {
    // "开过公司黄了": a business that closed is no current one, but it was begun here; one begun
    // after it is not the first (首次在盘创业 is false), even when the asker asks "算首次吗".
    // One closed elsewhere says nothing about here.
    facts.firstBusinessInPanjin = false;
  } else if ((P.firstTime.test(text) || P.neverHadCompany.test(text)) && P.startingBusiness.test(text)) {
    // "之前从没创过业，在{{here}}创业": never before, so this one is the first.
    facts.firstBusinessInPanjin = !P.businessElsewhere.test(text);
  } else if (P.businessElsewhere.test(text)) {
    facts.firstBusinessInPanjin = false;
  } else if (P.employee.test(text) && !P.ownBusiness.test(text)) {
    // "在别人厂里打工，没开公司": no business of one's own, so no first business here either.
    facts.firstBusinessInPanjin = false;
  }

  if (P.newlySettledNo.test(text)
      || P.settledElsewhere.test(text)) {
    facts.newlySettled = false;
  } else if (P.newlySettledYes.test(text)) {
    facts.newlySettled = true;
  }

  const start = readBusinessStart(text, asOf, year);
  if (start) facts.businessStartDate = start;

  const worksElsewhere = P.workingElsewhere.test(text) || P.notWorkingHere.test(text);
  // "不在{{here}}上班" holds "在{{here}}上班": the negated phrase is read only as working elsewhere.
  const affirmed = text.replace(P.deniedWorkingHere, '');
  const worksHere = P.workingHere.test(affirmed);
  // "我老婆在沈阳工作，我在{{here}}上班": two places, two people; ask rather than guess whose is whose.
  if (worksElsewhere !== worksHere) facts.employedInPanjin = worksHere;

  // "房子不在{{here}}买的", "没在{{here}}买房": a denial, though it holds the words "在{{here}}买".
  if (P.buyingHomeInPanjinNo.test(text)) facts.buyingHomeInPanjin = false;
  // "在{{here}}买了第一套房", "在{{here}}购置了一套住房": an aspect word or a measure may stand between verb and home.
  // A purchase here said beside a home elsewhere ("在沈阳有套房，想在{{here}}再买") is the purchase asked about.
  else if (P.buyingHomeInPanjinYes.test(text)) facts.buyingHomeInPanjin = true;
  // "房是在营口买的", "在沈阳有套房": the home spoken of is elsewhere. Whether owning one elsewhere
  // makes a home here no 首套 the text does not say, so firstHome is left to be asked.
  else if (P.boughtElsewhere.test(text) || P.homeElsewhere.test(text)) facts.buyingHomeInPanjin = false;
  // "没打算买房", "租房住": no purchase at all is no purchase here.
  else if (P.notBuyingHome.test(text)) facts.buyingHomeInPanjin = false;

  if (P.firstHomeNo.test(text)) facts.firstHome = false;
  else if (P.firstHomeYes.test(text)) facts.firstHome = true;

  if (facts.employedInPanjin === undefined && !worksHere && P.elsewhere.test(text) && P.working.test(text)) facts.employedInPanjin = false;
  return facts;
}

/** Someone besides the asker ("我硕士 我老婆博士"): a degree said then may be theirs. */
const OTHER_PERSON = P.otherPerson;
const DEGREES: [Profile['degree'], RegExp][] = [
  ['doctorate', P.degreesDoctorate],
  ['master', P.degreesMaster],
  ['bachelor', P.degreesBachelor],
  ['associate', P.degreesAssociate],
];

function readDegree(text: string): Profile['degree'] | undefined {
  // "不是博士，是硕士": the negated degree says only what the asker is not.
  const positive = text.replace(P.deniedDegree, '');
  if (OTHER_PERSON.test(text)) {
    // "我老婆是硕士": someone else's degree is no fact about the asker; only one said of 我 counts.
    const own = P.ownDegree;
    const mine = [...positive.matchAll(own)].flatMap((m) => DEGREES.filter(([, p]) => p.test(m[1]!)).map(([d]) => d));
    if (mine.length === 1) return mine[0];
    // A clause said of the asker's own (the book's askerClause) that denies the doctorate, after a relative's.
    const denied = text.split(/[，,。；;！!？?]/).some((c) => P.askerClause.test(c) && !OTHER_PERSON.test(c) && P.notDoctorate.test(c));
    return mine.length === 0 && (denied || P.relativeAsking.test(text)) ? 'other' : undefined;
  }
  // "我是硕士，能拿博士购房补贴吗": 博士 in a benefit's name is no degree of the asker's when another one is said.
  const outsideNames = positive.replace(P.degreeInBenefitName, '');
  const stated = DEGREES.filter(([, p]) => p.test(outsideNames)).map(([d]) => d);
  // One person's several degrees ("硕士毕业后读了博士"): the highest counts.
  if (stated.length) return stated[0];
  // "Not a doctorate, can I get the doctoral start-up subsidy": the denial says more of the asker than the benefit's name does.
  if (P.notDoctorate.test(text)) return 'other';
  const said = DEGREES.filter(([, p]) => p.test(positive)).map(([d]) => d);
  if (said.length) return said[0];
  return undefined;
}

function readGraduation(text: string, asOf: string, year: number): string | undefined {
  if (!P.graduation.test(text)) return undefined;
  // "毕业3年内", "毕业不到3年", "3年内毕业": at most N years; N years ago is the earliest date meant.
  // "毕业快三年了", "毕业将近3年": roughly N years, read like "毕业三年".
  const within = P.graduatedYearsAgo.exec(text);
  if (within) {
    const n = parseChineseNumber(within[1] ?? within[2]!);
    const isCalendar = /^\d{4}$/.test(within[1] ?? within[2]!);
    if (n !== undefined && !isCalendar && n < 60) {
      const bounded = P.withinBound.test(within[0]);
      // "毕业三年" names a year only roughly; the calendar year it points at lets the calculator
      // ask for the exact date when the answer turns on it.
      return bounded ? yearsBefore(asOf, n) : String(year - Math.round(n));
    }
  }
  const near = P.graduatedWhen.exec(text);
  if (!near) return undefined;
  const phrase = P.yearWord.test(near[0]) || P.relativeYear.test(near[0]) ? near[0] : near[0].replace(/(\d+)/, '$1年');
  return partialDate(phrase, year);
}

/**
 * When the business started: a stated year ("2020年首次在{{here}}创业"), or, for a business being
 * started now ("准备第一次在{{here}}创业", "打算创业"), the date the question is judged on.
 */
function readBusinessStart(text: string, asOf: string, year: number): string | undefined {
  if (!P.businessWord.test(text)) return undefined;
  const dated = P.businessStartedWhen.exec(text);
  if (dated) return partialDate(dated[0], year);
  if (P.businessNowOrSoon.test(text)) return presentStart(asOf);
  return undefined;
}
