/**
 * The conditions a message talks about, whether or not a fact reader settles them: "户口的事还在办"
 * names the settling without saying it. One left unsettled is asked first, never skipped (issue 11,
 * §4), and an amount that hangs on it stays conditional.
 */
import { listRules, type FactName, type Profile } from '../../calculator/index.js';
import { patterns } from '../../knowledge/language.js';

const TALKED_OF = [
  'firstBusinessInPanjin', 'newlySettled', 'buyingHomeInPanjin', 'firstHome', 'fullTime',
  'firstFullTimeIntroduction', 'employedInPanjin', 'firstRecognition', 'enterpriseInPanjin',
] as const satisfies readonly FactName[];
/**
 * Talk of these counts only beside a doubt word ("博士在读", "没有高校参与", "银行没批"): alone
 * ("去年毕业", "产学研项目") their words name the benefit, and the readers settle what is said.
 */
const DOUBTED_ONLY = [
  'graduationDate', 'degree', 'teamTier', 'newlyIntroduced', 'startupStage', 'overseasTalentProject',
  'ipPledgeLoan', 'industryUniversityProject', 'reachedPilotOrIndustrialisation', 'approvedBeforehand',
  'resultTransferProject', 'enteringPark', 'universityResult', 'transfersResultsInPanjin', 'newlyTrainedOrIntroduced',
] as const satisfies readonly FactName[];

const P = patterns('language/zh/facts/mentions.json', [...TALKED_OF, ...DOUBTED_ONLY, 'doubt', 'qualifier', 'idiom', 'received']);

/** Clauses of a message: a denial speaks of what is said beside it, not of the whole message. */
const CLAUSE = /[，,。；;！!？?、\s]+/;
/** How near (in characters, either side) a denial must stand to a condition's words to contest a reading of it. */
const NEAR = 4;

/** The facts the message talks about, in catalogue order of the book. */
export function talkedOf(text: string): FactName[] {
  return TALKED_OF.filter((fact) => P[fact].test(text));
}

/**
 * The facts a message talks about beside a word that may deny them ("还没毕业", "户口没迁",
 * "公司在外地"), and '*' when the asker says the money was already had ("已经领过"). Left unsettled
 * by the readers, such a fact may rule the benefit out: its amount is not listed, the fact is asked.
 */
export function doubted(text: string): string[] {
  const facts = new Set<string>();
  for (const clause of text.split(CLAUSE)) {
    if (!clause || !P.doubt.test(clause)) continue;
    for (const fact of [...TALKED_OF, ...DOUBTED_ONLY]) if (P[fact].test(clause)) facts.add(fact);
  }
  if (P.received.test(text)) facts.add('*');
  return [...facts];
}

let granting: readonly FactName[] | undefined;
/**
 * The yes/no conditions a rule needs to be yes (`is … true`) and the book has words for: a reader
 * that takes a denial of one for a yes ("早过了创业初期" read as 创业初期) would grant money.
 */
function grantingFacts(): readonly FactName[] {
  granting ??= [...new Set(listRules().flatMap((r) => r.conditions)
    .filter((c) => c.test === 'is' && c.value === true).map((c) => c.fact as FactName))]
    .filter((fact): fact is FactName => fact in P);
  return granting;
}

/**
 * The safety net under the readers: yes/no facts the readers read as yes from a clause where a
 * denial or a qualifier stands right beside the condition's words ("项目早过了创业初期", "户口没
 * 迁过来落户"). The reading may have missed the denial, so it is not taken: the fact is asked, and no
 * amount hangs on it meanwhile. `read` reads one clause alone (the fact readers); only the few
 * clauses with such a denial are read again, and never a message of one clause (read whole already).
 */
export function contested(text: string, stated: Partial<Profile>, read: (clause: string) => Partial<Profile>): FactName[] {
  const facts = new Set<FactName>();
  for (const raw of text.split(CLAUSE)) {
    const clause = raw.replace(P.idiom, '');
    if (!clause || !(P.doubt.test(clause) || P.qualifier.test(clause))) continue;
    const near = grantingFacts().filter((fact) => stated[fact] === true && !facts.has(fact) && deniedNear(clause, P[fact as keyof typeof P]));
    if (!near.length) continue;
    // A message of one clause was read whole already: its reading is the one contested.
    const alone = raw === text ? stated : read(raw);
    for (const fact of near) if (alone[fact] === true) facts.add(fact);
  }
  return [...facts];
}

/** Whether a denial or a qualifier stands within NEAR characters of one of the condition's words. */
function deniedNear(clause: string, cue: RegExp): boolean {
  let from = 0;
  while (from < clause.length) {
    const m = cue.exec(clause.slice(from));
    if (!m) return false;
    const start = from + m.index;
    const end = start + Math.max(1, m[0].length);
    const beside = [clause.slice(Math.max(0, start - NEAR), start), clause.slice(end, end + NEAR)];
    if (beside.some((s) => P.doubt.test(s) || P.qualifier.test(s))) return true;
    from = end;
  }
  return false;
}
