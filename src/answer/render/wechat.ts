/**
 * An `Answer` as WeChat text messages: plain text (WeChat shows markdown as literal stars and
 * hashes), citations as 【第17条】, amounts in 万元, and long answers cut into messages a phone
 * screen can hold, on sentence boundaries, never inside a 【…】 citation.
 *
 * Pure: no Wechaty here (src/ never imports a channel SDK); adapters/wechat sends the parts. Money,
 * clause names and the validity note come from ../format.ts, so WeChat says what the CLI and Slack say.
 */
import { clauseName, formatAmount, formatYuan, validityNote } from '../format.js';
import type { Answer } from '../types.js';

/** Frozen defaults. 500 characters is about two phone screens: long enough for a quoted clause. */
export const WECHAT_RENDER_DEFAULTS = Object.freeze({ maxChars: 500 });

export interface WechatRenderOptions {
  /** Most characters (code points) in one message, the "（1/3）" part label included. */
  maxChars?: number;
}

/** Markdown a core renderer might use, reduced to what a person would have typed. */
function stripMarkdown(text: string): string {
  return text
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, '$1（$2）')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '· ');
}

/**
 * Bare clause references become 【…】 so they stand out and the splitter keeps them whole.
 * 第十七条 stays in the words the core chose; only the brackets are added.
 */
function bracketCitations(text: string): string {
  const withIds = text.replace(/(?<![\w-])(item-\d{1,2}|sec-\d\.\d)(?![\w.-])/g, (id) => clauseName(id));
  // Right after an opening quote it is an example to type (例如“第17条讲什么”), not a citation.
  return withIds.replace(/【[^】]*】|(?<![“「『"])第[0-9一二三四五六七八九十]{1,3}条/g, (m) => (m.startsWith('【') ? m : `【${m}】`));
}

/** "120000元" and "12,000元/年" become 万元; figures under 1万 and text already in 万 are left alone. */
function amountsInWan(text: string): string {
  return text.replace(/(?<![\d.,万])(\d{1,3}(?:,\d{3})+|\d{5,})元/g, (_m, digits: string) =>
    formatYuan(Number(digits.replace(/,/g, ''))),
  );
}

/**
 * The reply before splitting: the core's text, then what it did not already say of the Answer's
 * fields (amounts, follow-up questions, the validity note) and the clauses it rests on.
 */
export function wechatText(answer: Answer): string {
  const body = amountsInWan(bracketCitations(stripMarkdown(answer.answer.trim())));
  const lines = [body];
  const unsaid = answer.amounts.filter((a) => !body.includes(formatYuan(a.yuan)));
  if (unsaid.length > 0) lines.push(`金额：${unsaid.map(formatAmount).join('；')}`);
  const questions = answer.followUp.filter((q) => !body.includes(q.trim()));
  if (questions.length > 0) lines.push(questions.join('\n'));
  if (answer.citations.length > 0) {
    lines.push(`依据：${answer.citations.map((id) => `【${clauseName(id)}】`).join('')}`);
    // The core ends substantive answers with this note; add it only where it did not.
    if (!body.includes('实施期')) lines.push(validityNote(answer.validity));
  }
  return lines.filter((l) => l.length > 0).join('\n');
}

/** One `Answer` as the messages to send, in order. */
export function renderWechat(answer: Answer, options: WechatRenderOptions = {}): string[] {
  const maxChars = options.maxChars ?? WECHAT_RENDER_DEFAULTS.maxChars;
  const text = wechatText(answer);
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
