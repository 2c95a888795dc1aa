/**
 * An `Answer` as WeChat text messages: plain text, citations as 【第17条】, the same money format as
 * every channel (../money.ts), and long answers cut into messages a phone screen can hold, on
 * sentence boundaries, never inside a 【…】 citation.
 *
 * Pure: no Wechaty here (src/ never imports a channel SDK); adapters/wechat sends the parts. It
 * renders the Answer's parts (clause references, amounts stated per verdict line, the one validity
 * note) and never reads the prose back: clause names, money and the note come from ../format.ts.
 */
import { knowledge } from '../../knowledge/index.js';
import { inLanguage } from '../../knowledge/speaking.js';
import { clauseName, formatAmount, refName, validityNote } from '../format.js';
import { say } from '../messages.js';
import { lineText, type AnswerParts, type ClauseRef } from '../parts.js';
import type { Amount, Answer } from '../types.js';
import { answerParts, questionsToList, type ClauseInfo } from './answerParts.js';

/** Frozen defaults. 500 characters is about two phone screens: long enough for a quoted clause. */
export const WECHAT_RENDER_DEFAULTS = Object.freeze({ maxChars: 500 });

export interface WechatRenderOptions {
  /** Most characters (code points) in one message, the "（1/3）" part label included. */
  maxChars?: number;
  /** Clause lookup; the shared knowledge by default. */
  clause?: ClauseInfo;
}

/** A clause named in the text stands out, and the splitter keeps it whole: 【第17条】. */
const bracketed = (ref: ClauseRef): string => `【${refName(ref)}】`;

const amountKey = (a: Amount): string => `${a.entitlement}|${a.yuan}|${a.per}|${a.years ?? ''}|${a.cap ?? ''}`;

/** Amounts no line of the answer states already. */
function unsaid(answer: Answer, parts: AnswerParts): Amount[] {
  const said = new Set(parts.lines.flatMap((l) => l.amounts ?? []).map(amountKey));
  return answer.amounts.filter((a) => !said.has(amountKey(a)));
}

/**
 * The reply before splitting: the answer's lines, then the amounts no line states, the follow-up
 * questions, the clauses it rests on and its one validity note.
 * In the answer's own language (issue 14): its labels come from the catalogue in that language.
 */
export function wechatText(answer: Answer, options: Pick<WechatRenderOptions, 'clause'> = {}): string {
  return inLanguage(answer.language, () => wechatTextIn(answer, options));
}

function wechatTextIn(answer: Answer, options: Pick<WechatRenderOptions, 'clause'> = {}): string {
  const parts = answerParts(answer, options.clause ?? ((id) => knowledge().clause(id)));
  const lines = [parts.lines.map((l) => lineText(l, bracketed)).join('\n').trim()];
  const amounts = unsaid(answer, parts);
  if (amounts.length > 0) lines.push(say('wechatAmounts', { amounts: amounts.map(formatAmount).join('；') }));
  const questions = questionsToList(answer, parts);
  if (questions.length > 0) lines.push(questions.join('\n'));
  if (parts.citations.length > 0) lines.push(say('basis', { clauses: parts.citations.map((c) => `【${clauseName(c.id)}】`).join('') }));
  if (parts.validity && !answer.outOfScope) lines.push(validityNote(answer.validity, parts.validity.lead));
  return lines.filter((l) => l.length > 0).join('\n');
}

/** One `Answer` as the messages to send, in order. In the answer's own language (issue 14). */
export function renderWechat(answer: Answer, options: WechatRenderOptions = {}): string[] {
  return inLanguage(answer.language, () => renderWechatIn(answer, options));
}

function renderWechatIn(answer: Answer, options: WechatRenderOptions = {}): string[] {
  const maxChars = options.maxChars ?? WECHAT_RENDER_DEFAULTS.maxChars;
  const text = wechatText(answer, options);
  if (length(text) <= maxChars) return [text];
  // Reserve room for the "（12/12）" label, which is at most 7 code points.
  const parts = splitMessage(text, maxChars - 7);
  return parts.length === 1 ? parts : parts.map((p, i) => `（${i + 1}/${parts.length}）${p}`);
}

const length = (s: string): number => Array.from(s).length;

/**
 * Sentences, each with its closing punctuation, any closing quotes or brackets, and a citation that
 * follows the full stop directly ("…补贴。【第17条】"): splitting there would orphan the citation.
 */
function sentences(text: string): string[] {
  const re = /[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*(?:【[^】\n]*】)?|\n|$)/gy;
  const out: string[] = [];
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) out.push(m[0]);
  return out;
}

/** A citation is one atom; so is each other code point. */
const ATOMS = /【[^】\n]*】|[^]/gu;
const COMMA = /^[，、：,:]$/;

/** Pieces of one overlong sentence: cut after its last comma that fits, else where it stands, never inside 【…】. */
function pieces(sentence: string, max: number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let size = 0;
  let afterComma = -1; // atoms in `current` up to and including its latest comma
  for (const atom of sentence.match(ATOMS) ?? []) {
    const n = length(atom);
    if (size + n > max && current.length > 0) {
      const cut = afterComma > 0 ? afterComma : current.length;
      out.push(current.slice(0, cut).join(''));
      current = current.slice(cut);
      size = length(current.join(''));
      afterComma = -1;
      if (size + n > max && current.length > 0) {
        out.push(current.join(''));
        current = [];
        size = 0;
      }
    }
    current.push(atom);
    size += n;
    if (COMMA.test(atom)) afterComma = current.length;
  }
  if (current.length > 0) out.push(current.join(''));
  return out;
}

/**
 * Cuts `text` into messages of at most `maxChars` code points, on sentence boundaries where the
 * sentences allow. A 【…】 citation is never cut, so a citation longer than `maxChars` (none in
 * this policy is) would be the one case of an overlong part.
 */
export function splitMessage(text: string, maxChars: number): string[] {
  if (maxChars < 20) throw new RangeError(`maxChars must be at least 20, got ${maxChars}`);
  const parts: string[] = [];
  let current = '';
  const flush = (): void => {
    const trimmed = current.trim();
    if (trimmed.length > 0) parts.push(trimmed);
    current = '';
  };
  for (const sentence of sentences(text)) {
    if (length(current + sentence) <= maxChars) {
      current += sentence;
      continue;
    }
    flush();
    if (length(sentence) <= maxChars) {
      current = sentence;
      continue;
    }
    const cut = pieces(sentence, maxChars);
    for (const piece of cut.slice(0, -1)) {
      current = piece;
      flush();
    }
    current = cut.at(-1) ?? '';
  }
  flush();
  return parts;
}
