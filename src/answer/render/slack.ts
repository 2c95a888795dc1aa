/**
 * Answer → a Slack message: Block Kit as plain JSON objects (no Slack library under src/).
 *
 * Layout, from the Answer's parts: the answer's lines; the amounts as a short field list (each
 * under its entitlement's title from the rule book); the follow-up questions; a context line with
 * the citations (第17条 · 牵头单位：…) and the answer's one validity note, which names every lead
 * unit the answer cites; 👍 and 👎 buttons when the answer has an id. `text` is the plain
 * fallback Slack shows in notifications. Slack's limits (3,000 characters a text field, 2,000 a
 * section field, 10 fields a section, 10 context elements, 50 blocks) are enforced here, so a
 * long answer is cut visibly ("…") rather than rejected by chat.postMessage.
 */
import { rule } from '../../calculator/index.js';
import { inLanguage } from '../../knowledge/speaking.js';
import { knowledge } from '../../knowledge/index.js';
import { formatAmount, joinUnits, refName, validityNote } from '../format.js';
import { message, say } from '../messages.js';
import { FEEDBACK_TEXTS } from '../../feedback/words.js';
import { lineText, type AnswerParts, type CitedClause } from '../parts.js';
import type { Amount, Answer } from '../types.js';
import { answerParts, questionsToList, type ClauseInfo } from './answerParts.js';

export type { ClauseInfo } from './answerParts.js';

/** A mrkdwn text object; `verbatim` keeps Slack from turning words into links or @-mentions. */
export interface SlackText {
  type: 'mrkdwn';
  text: string;
  verbatim?: boolean;
}

/** A button (Block Kit): its text is plain text, at most 75 characters; its value comes back when clicked. */
export interface SlackButton {
  type: 'button';
  text: { type: 'plain_text'; text: string; emoji: false };
  action_id: string;
  value: string;
}

export type SlackBlock =
  | { type: 'section'; text?: SlackText; fields?: SlackText[] }
  | { type: 'context'; elements: SlackText[] }
  | { type: 'actions'; block_id: string; elements: SlackButton[] };

export interface SlackMessage {
  /** Fallback for notifications and clients that cannot show blocks (already mrkdwn-escaped). */
  text: string;
  blocks: SlackBlock[];
}

/** Slack's documented limits; exported so tests check against the same numbers. */
export const SLACK_LIMITS = Object.freeze({
  textField: 3000,
  sectionField: 2000,
  fieldsPerSection: 10,
  contextElements: 10,
  blocks: 50,
  buttonText: 75,
  buttonValue: 2000,
});

/**
 * The action ids of the clarify buttons start with this (clarify_1, clarify_2 …); the Slack
 * adapter listens for them. A click sends the option's label back as the user's next message,
 * which picks it while the offer stands and still reads as a question about it afterwards.
 */
export const CLARIFY_ACTION_PREFIX = 'clarify_';

/**
 * The 👍 and 👎 buttons' action ids (issue 12); each button's value is the answer's id, so a click
 * names the answer it is about without the bot keeping any state.
 */
export const FEEDBACK_ACTIONS = Object.freeze({ up: 'feedback_up', down: 'feedback_down' } as const);

/** What the renderer needs to know of an entitlement rule: its title, to label an amount. */
export type EntitlementInfo = (id: string) => { title: string } | undefined;

export interface SlackRenderOptions {
  /** Shown above the answer, e.g. the text of a slash command, which Slack does not echo. */
  question?: string;
  /** Clause lookup; the shared knowledge by default. */
  clause?: ClauseInfo;
  /** Entitlement rule lookup; the calculator's rule book by default. */
  entitlement?: EntitlementInfo;
}

const ELLIPSIS = '…';

/** Escapes the three characters mrkdwn treats as control characters (Slack's own rule). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes `text` and splits it into pieces of at most `max` characters each, never inside an
 * entity (&amp;) or a surrogate pair, preferring to break after a newline or 。 when one is near.
 */
export function escapeAndSplit(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of text) {
    const escaped = escapeMrkdwn(ch);
    if (current.length + escaped.length > max) {
      const cut = Math.max(current.lastIndexOf('\n'), current.lastIndexOf('。'));
      // Break at a sentence end only if that keeps most of the piece; else break here.
      if (cut > max * 0.6) {
        pieces.push(current.slice(0, cut + 1));
        current = current.slice(cut + 1);
      } else {
        pieces.push(current);
        current = '';
      }
    }
    current += escaped;
  }
  if (current.length > 0 || pieces.length === 0) pieces.push(current);
  return pieces;
}

/** Escapes and cuts to `max` characters, marking the cut with "…". */
export function escapeAndTruncate(text: string, max: number): string {
  const pieces = escapeAndSplit(text, max - ELLIPSIS.length);
  return pieces.length === 1 ? pieces[0]! : pieces[0] + ELLIPSIS;
}

/** Cuts already-escaped text to `max` without leaving half an entity or half a surrogate pair. */
function cutEscaped(escaped: string, max: number): string {
  return escaped.slice(0, max).replace(/&[a-z]*$/, '').replace(/[\uD800-\uDBFF]$/, '');
}

function mrkdwn(text: string): SlackText {
  return { type: 'mrkdwn', text, verbatim: true };
}

function defaultClause(id: string) {
  return knowledge().clause(id);
}

/** "第17条 · 牵头单位：市人力资源社会保障局" */
function citationLine(c: CitedClause): string {
  return c.lead.length > 0 ? say('leadUnitsLabel', { name: c.name, lead: joinUnits(c.lead) }) : c.name;
}

/** A computed total (3 × 3.6万) is listed beside its per-year amount under the same entitlement. */
function isTotal(a: Amount, all: readonly Amount[]): boolean {
  return a.per === 'once' && all.some((b) => b !== a && b.entitlement === a.entitlement && b.per === 'year' && b.years !== undefined && b.yuan * b.years === a.yuan);
}

/** "*全日制博士首次在盘创业薪酬补贴*\n3.6万元/年，共3年"; the bare amount when the rule is unknown. */
function amountField(a: Amount, all: readonly Amount[], entitlement: EntitlementInfo): SlackText {
  const title = entitlement(a.entitlement)?.title;
  const label = title ? (isTotal(a, all) ? say('totalLabel', { title }) : title) : isTotal(a, all) ? message('totalLabelBare') : '';
  const amount = escapeAndTruncate(formatAmount(a), SLACK_LIMITS.sectionField / 2);
  return mrkdwn(label ? `*${escapeAndTruncate(label, SLACK_LIMITS.sectionField / 2 - 3)}*\n${amount}` : amount);
}

function amountBlocks(answer: Answer, entitlement: EntitlementInfo): SlackBlock[] {
  const fields = answer.amounts.map((a) => amountField(a, answer.amounts, entitlement));
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < fields.length; i += SLACK_LIMITS.fieldsPerSection) {
    blocks.push({ type: 'section', fields: fields.slice(i, i + SLACK_LIMITS.fieldsPerSection) });
  }
  return blocks;
}

function followUpBlock(answer: Answer, parts: AnswerParts): SlackBlock[] {
  const questions = questionsToList(answer, parts);
  if (questions.length === 0) return [];
  const lines = [message('followUpHeading'), ...questions.map((q) => `• ${q}`)].join('\n');
  return [{ type: 'section', text: mrkdwn(escapeAndTruncate(lines, SLACK_LIMITS.textField)) }];
}

/** The answer's one validity note, which the context line carries; null when it has none. */
function contextNote(answer: Answer, parts: AnswerParts): string | null {
  // An out-of-scope answer cites nothing, so a validity note would only suggest it does.
  if (answer.outOfScope || !parts.validity) return null;
  return validityNote(answer.validity, parts.validity.lead);
}

function contextBlock(answer: Answer, parts: AnswerParts, note: string | null): SlackBlock[] {
  if (answer.outOfScope || (parts.citations.length === 0 && note === null)) return [];
  const room = SLACK_LIMITS.contextElements - (note === null ? 0 : 1);
  const cited = parts.citations.slice(0, room).map(citationLine);
  const elements = [...cited, ...(note === null ? [] : [note])].map((t) => mrkdwn(escapeAndTruncate(t, SLACK_LIMITS.textField)));
  return [{ type: 'context', elements }];
}

/**
 * The answer's lines without its validity note, which the context block shows: Slack says it once.
 * The numbered options of a clarify answer are its buttons instead.
 */
function bodyText(parts: AnswerParts, buttons: boolean): string {
  return parts.lines.filter((l) => !(buttons && l.kind === 'option')).map((l) => lineText(l, refName)).join('\n');
}

/** Cuts plain text (no escaping: a button's text is plain_text) to `max` characters with "…". */
function cutPlain(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + ELLIPSIS;
}

/** One button per option of a clarify answer, numbered as the text numbers them. */
function clarifyBlock(answer: Answer): SlackBlock[] {
  if (!answer.clarify?.length) return [];
  const elements = answer.clarify.map((o, i): SlackButton => ({
    type: 'button',
    text: { type: 'plain_text', text: cutPlain(`${i + 1}. ${o.label}`, SLACK_LIMITS.buttonText), emoji: false },
    action_id: `${CLARIFY_ACTION_PREFIX}${i + 1}`,
    value: cutPlain(o.label, SLACK_LIMITS.buttonValue),
  }));
  return [{ type: 'actions', block_id: 'clarify', elements }];
}

/**
 * 👍 and 👎 under an answer that has an id (the core names answers when it keeps a log): with no
 * log there is nowhere to record a click, so no buttons are offered.
 */
function feedbackBlock(answer: Answer): SlackBlock[] {
  if (!answer.id) return [];
  const button = (value: 'up' | 'down'): SlackButton => ({
    type: 'button',
    text: { type: 'plain_text', text: cutPlain(value === 'up' ? FEEDBACK_TEXTS.buttonUp : FEEDBACK_TEXTS.buttonDown, SLACK_LIMITS.buttonText), emoji: false },
    action_id: FEEDBACK_ACTIONS[value],
    value: cutPlain(answer.id!, SLACK_LIMITS.buttonValue),
  });
  return [{ type: 'actions', block_id: 'feedback', elements: [button('up'), button('down')] }];
}

/** Renders one Answer as a Slack message within Slack's limits. In the answer's own language (issue 14). */
export function renderSlack(answer: Answer, options: SlackRenderOptions = {}): SlackMessage {
  return inLanguage(answer.language, () => renderSlackIn(answer, options));
}

function renderSlackIn(answer: Answer, options: SlackRenderOptions = {}): SlackMessage {
  const clause = options.clause ?? defaultClause;
  const entitlement = options.entitlement ?? rule;
  const head: SlackBlock[] = options.question
    ? [{ type: 'context', elements: [mrkdwn(escapeAndTruncate(say('questionEcho', { question: options.question }), SLACK_LIMITS.textField))] }]
    : [];
  // The answer text keeps at least one block; the other blocks are cut (amounts first) only past the limit.
  const parts = answerParts(answer, clause);
  const note = contextNote(answer, parts);
  const buttons = clarifyBlock(answer);
  // The feedback buttons come last: blocks past Slack's limit are cut from the front of the tail.
  const tail = [...buttons, ...amountBlocks(answer, entitlement), ...followUpBlock(answer, parts), ...contextBlock(answer, parts, note), ...feedbackBlock(answer)];
  const tailRoom = SLACK_LIMITS.blocks - head.length - 1;
  const kept = tail.length > tailRoom ? tail.slice(tail.length - tailRoom) : tail;
  const room = SLACK_LIMITS.blocks - head.length - kept.length;
  let pieces = escapeAndSplit(bodyText(parts, buttons.length > 0), SLACK_LIMITS.textField);
  if (pieces.length > room) {
    pieces = pieces.slice(0, room);
    pieces[room - 1] = cutEscaped(pieces[room - 1]!, SLACK_LIMITS.textField - ELLIPSIS.length) + ELLIPSIS;
  }
  const body: SlackBlock[] = pieces.filter((p) => p.length > 0).map((p) => ({ type: 'section', text: mrkdwn(p) }));
  const blocks = [...head, ...body, ...kept];
  return { text: escapeAndTruncate(answer.answer, SLACK_LIMITS.textField), blocks };
}
