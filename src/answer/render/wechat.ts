/**
 * An `Answer` as WeChat text messages: plain text (WeChat shows markdown as literal stars and
 * hashes), citations as 【第17条】, amounts in 万元, and long answers cut into messages a phone
 * screen can hold, on sentence boundaries, never inside a 【…】 citation.
 *
 * Pure: no Wechaty here (src/ never imports a channel SDK); adapters/wechat sends the parts.
 */
import type { Answer } from '../types.js';

/** Frozen defaults. 500 characters is about two phone screens: long enough for a quoted clause. */
export const WECHAT_RENDER_DEFAULTS = Object.freeze({ maxChars: 500 });

export interface WechatRenderOptions {
  /** Most characters (code points) in one message, the "（1/3）" part label included. */
  maxChars?: number;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** How a clause id of CONTRACT.md reads to a person: item-17 → 第17条, sec-2.1 → 第二部分第（一）项. */
export function clauseLabel(id: string): string {
  const item = /^item-(\d{1,2})$/.exec(id);
  if (item) return `第${item[1]}条`;
  const sec = /^sec-(\d)\.(\d)$/.exec(id);
  if (sec) return `第${CN_DIGITS[Number(sec[1])]}部分第（${CN_DIGITS[Number(sec[2])]}）项`;
  if (id === 'notice') return '印发通知';
  if (id === 'preamble') return '前言';
  return id;
}

/** 120000 → "12"; 36000 → "3.6"; exact, since 万 is a shift of four decimal places. */
export function yuanToWan(yuan: number): string {
  const sign = yuan < 0 ? '-' : '';
  const abs = String(Math.abs(Math.trunc(yuan))).padStart(5, '0');
  const whole = abs.slice(0, -4).replace(/^0+(?=\d)/, '');
  const fraction = abs.slice(-4).replace(/0+$/, '');
  return sign + (fraction ? `${whole}.${fraction}` : whole);
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
  const withIds = text.replace(/(?<![\w-])(item-\d{1,2}|sec-\d\.\d)(?![\w.-])/g, (id) => clauseLabel(id));
  return withIds.replace(/【[^】]*】|第[0-9一二三四五六七八九十]{1,3}条/g, (m) => (m.startsWith('【') ? m : `【${m}】`));
}

/** "120000元" and "12,000元/年" become 万元; figures under 1万 and text already in 万 are left alone. */
function amountsInWan(text: string): string {
  return text.replace(/(?<![\d.,万])(\d{1,3}(?:,\d{3})+|\d{5,})元/g, (_m, digits: string) => {
    const yuan = Number(digits.replace(/,/g, ''));
    return `${yuanToWan(yuan)}万元`;
  });
}

/** The lines of the reply before splitting: the core's text, then questions and sources it left out. */
export function wechatText(answer: Answer): string {
  const body = amountsInWan(bracketCitations(stripMarkdown(answer.answer.trim())));
  const lines = [body];
  const questions = answer.followUp.filter((q) => !body.includes(q.trim()));
  if (questions.length > 0) lines.push(questions.join('\n'));
  if (answer.citations.length > 0) {
    lines.push(`依据：${answer.citations.map((id) => `【${clauseLabel(id)}】`).join('')}`);
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
