/**
 * The parsed message: everything the dialogue knows about what a user wrote, worked out once per
 * turn by the understanding pipeline (pipeline.ts) before anything is decided. After this stage
 * nothing reads the message's text again; intents read these fields.
 *
 * Shaped after Rasa's NLU message: each component of the pipeline adds its part (text, clause
 * numbers, cues, benefits, facts, candidate intents), and later components may read what earlier
 * ones added.
 */
import type { Profile } from '../calculator/index.js';
import type { Target } from '../knowledge/index.js';
import type { ClauseHit, ClauseReading } from '../dialogue/clauseFinder.js';
import type { QueryConcept } from '../search/index.js';
import type { DocumentFact } from '../dialogue/intents/documentFacts.js';
import type { Topic } from '../dialogue/topic.js';
import type { FactReadings } from './components/facts.js';
import type { Language, LatinReading } from '../latin/read.js';

/** What the understanding stage may know of the conversation: facts are read against its topic. */
export interface UnderstandingContext {
  /** The date the question is judged on (YYYY-MM-DD): "去年" is read against it. */
  asOf: string;
  topic: Topic | null;
  /** Facts the last follow-up questions asked for, in order. */
  pending: readonly string[];
  /** The language the conversation has been held in ("2" in an English conversation is English). */
  language?: Language;
}

/** The message's text in the forms the readers use. */
export interface MessageText {
  /** Sanitised, normalised (NFKC, simplified, colloquial words), expression codes dropped. */
  text: string;
  /** `text` without spaces, punctuation and symbols: what bare replies and cue words are read on. */
  bare: string;
  /** `bare` without final particles ("你好呀" → "你好"). */
  plain: string;
  /** `bare` without a leading retraction ("哦不对，是第一次" → "是第一次"). */
  reply: string;
  /** The message was cut at the input limit; the reply says so. */
  truncated: boolean;
}

/** Clauses the message names by number. */
export interface ClauseRefs {
  /** Two or more items named as 第N条, in the order said; [] for fewer. */
  several: string[];
  /** The one clause named by number (第十七条, 条款17, 第二部分第三项), or null. */
  numbered: string | null;
  /** The sentence for an item the policy does not have ("第22条"), or null. */
  missingItem: string | null;
  /** A units question naming a clause also asks something else of it ("第11条免费厂房几年，谁负责"). */
  asksBeyondUnits: boolean;
}

/** A cue that fired, with the words that fired it. */
export type Cue = string | null;

/** Cue words found in the message; each is the matched words, or null. */
export interface Cues {
  reset: Cue;
  greeting: Cue;
  help: Cue;
  thanks: Cue;
  /** A money or support question ("补贴", "能拿多少"). */
  money: Cue;
  /** A broad question ("有哪些补贴"). */
  broad: Cue;
  /** Who is in charge ("找哪个部门", "牵头单位"). */
  units: Cue;
  /** How much or whether the asker qualifies ("多少", "能不能"). */
  amountAsked: Cue;
  /** Materials, procedure, payment time ("申请流程"). */
  procedure: Cue;
  /** Leans on the previous turn ("那…呢", "这个"), or is at most four characters. */
  anaphora: Cue;
  /** Whether something costs money ("免费吗"). */
  cost: Cue;
  /** Denies a new recognition ("不是新列入的"), which withdraws an earlier year. */
  deniesNew: Cue;
  /** Nothing but yes or no ("是的", "不是"), after any retraction. */
  bareYesNo: Cue;
  /** Starts as a retraction ("说错了…"). */
  retraction: boolean;
  /** An ellipsis with a subject of its own beyond glue and money words ("那天使投资基金呢"). */
  ownSubject: boolean;
  /** Ends in 呢 or starts with 那: shaped like an ellipsis on the topic. */
  ellipsis: boolean;
  /** A units question whose words besides the cue and its glue are at most two characters. */
  bareUnitsQuestion: boolean;
  /** At most eight characters besides punctuation: a short question. */
  short: boolean;
}

/** Things the policy has, asked about by the message. */
export interface Mentions {
  /** Why the message is out of scope whatever else it says, or null. */
  offTopic: 'topic' | 'place' | 'nothing' | null;
  /** The document fact asked (文号, 有效期…) and any further ones, or null. */
  documentFact: { fact: DocumentFact; more: DocumentFact[] } | null;
  /** Targets the city set itself that the message asks about. */
  targets: Target[];
  /** A subsidy the policy never provides, named ("稳岗补贴"), or null. */
  unprovided: string | null;
}

/** Benefits (rule ids) the message names. */
export interface Benefits {
  /** Named by the message's words, unless it only varies the topic ("国家级领军的呢"). */
  said: string[];
  /** The message is a variant of a fact the topic's rules test ("那硕士呢"). */
  leansOnTopic: boolean;
  /** The message states a fact the pending question asked for. */
  answersPending: boolean;
  /** The benefits the message is about: `said`, kept to the topic's when it corrects or answers. */
  named: string[];
}

/** One fact the message states, as far as the readers tell. */
export interface FactStatement {
  fact: string;
  value: unknown;
  /** For a yes/no fact: whether the message affirms (true) or denies (false) it. */
  polarity?: boolean;
  /** Which reader said it: a statement, or a bare reply read against the pending question. */
  via: 'statement' | 'yesNo' | 'value' | 'firstTime';
}

export interface StatedFacts {
  /** All facts stated, as the calculator's partial Profile (later readers win, as listed below). */
  stated: Partial<Profile>;
  /** The same, one statement a fact. */
  statements: FactStatement[];
  /** Some fact beyond the benefit's own name (高企 → recognitionKind says nothing about the asker). */
  personal: boolean;
  /** "不是新列入的" after a year: the earlier recognition date goes. */
  withdrawsRecognitionDate: boolean;
  /** Conditions the message talks about that no reader settled ("户口的事还在办"): asked first, never skipped. */
  unsettled: string[];
  /**
   * Facts talked of beside a word that may deny them and left unsettled ("还没毕业"), and '*' for money
   * said to be had already ("已经领过"): an open benefit hanging on them lists no amount until answered.
   */
  doubted: string[];
}

/** One reading of what the message wants, with how sure the reading is and what it rests on. */
export interface IntentCandidate {
  intent: string;
  /** 0–1; 1 for readings that are certain (a clause number, a greeting). */
  score: number;
  /** The words or ids the reading rests on. */
  evidence: string[];
  /**
   * Who scored it: absent for the rules of components/intents.ts; a trained model names itself.
   * A learned candidate named after a listener gives that listener its score (listeners/choose.ts).
   */
  source?: string;
}

/**
 * What the clause index makes of the message: worked out at most once per turn, and only when an
 * intent asks, so "第十七条" is answered without loading nodejieba.
 */
export interface ClauseAnalysis {
  /** The message's words as the clause index reads them (jieba with the policy's dictionary), each with the policy terms it stands for. */
  tokens(): QueryConcept[];
  /** The message without its money words ('' when nothing but those and glue is left). */
  subject(): string;
  /** A subsidy whose only subject is a word no clause uses ("稳岗补贴"), or null. */
  unknownSubsidy(): string | null;
  /** Ranked clauses whose words the message mostly covers. */
  find(limit: number, namesPolicyTerm?: boolean, money?: boolean): ClauseHit[];
  /** The open point of a clause the message is about ("算新获批吗"), or null. */
  openPoint(clauseId: string): string | null;
  /** The underlying per-turn memo (for tests and tools). */
  readonly reading: ClauseReading;
}

/** One answer target of the question bank (a clause id, a rule id, doc:…, oos:…) as a model ranks it. */
export interface TargetCandidate {
  target: string;
  /** The model's probability, 0–1. */
  score: number;
  /** The features the ranking rests on most. */
  evidence: string[];
}

/**
 * What a trained classifier makes of the message: its ranked targets and how sure it is. `band`
 * follows Rasa's two-stage fallback: high answers, middle answers and offers the next candidates,
 * low asks which one was meant (Answer.clarify). null when no model ran.
 */
export interface Ranking {
  candidates: TargetCandidate[];
  band: 'high' | 'middle' | 'low' | null;
}

/**
 * The broad questions new users ask (issue 11, part 5), read by components/asks.ts: an open point,
 * clauses by topic or unit, a part or section by name, what a company can apply for.
 */
export interface Asks {
  /** The open point asked (an id of knowledge/open-points.json), or null. */
  openPoint: string | null;
  /** Open points merely mentioned ("博士后购房有补贴吗"): said as a note beside the benefit's answer. */
  openPointNotes: string[];
  /** A part of the document asked by number or heading (第三部分, 保障措施), or null. */
  part: number | null;
  /** The topic named (an id of knowledge/topics.json: talent, finance …), or null. */
  topic: string | null;
  /** The unit named, as the clauses print it (科技局 → 市科技局), or null. */
  unit: string | null;
  /** The message asks for a list or a count ("有哪几条", "牵头哪些"). */
  listAsked: boolean;
  /** … naming 条 itself ("多少条"): a list of clauses even beside a money word. */
  countAsked: boolean;
  /** A company asks what it can apply for ("我们公司能申请啥"). */
  company: boolean;
  /** The message is a bare yes, no or "不清楚" (a reply to a profile question), or null. */
  reply: 'yes' | 'no' | 'unknown' | null;
}

export interface Parsed extends MessageText {
  clauses: ClauseRefs;
  cues: Cues;
  mentions: Mentions;
  asks: Asks;
  benefits: Benefits;
  facts: StatedFacts;
  /** Candidate intents, best first. */
  intents: IntentCandidate[];
  /** The trained model's ranking of answer targets (components/ranking.ts). */
  ranking: Ranking;
  analysis: ClauseAnalysis;
  /** The message was in Latin letters (English, pinyin) and was read as `latin.text`; null for Chinese. */
  latin: LatinReading | null;
}

/**
 * One step of the pipeline: reads what earlier steps added to the message and adds its own part.
 * Components run in the order the pipeline lists them.
 */
export interface Component {
  name: string;
  process(message: Draft, context: UnderstandingContext): void;
}

/** The message while the pipeline fills it in; `readings` is the facts read so far, frame by frame. */
export type Draft = Partial<Parsed> & { raw: unknown; readings?: FactReadings; onAnalysis?: (text: string) => void };
