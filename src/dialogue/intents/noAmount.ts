/**
 * Near-misses said plainly: a money question answered by a clause that grants nothing the question
 * named ("产业技术创新联盟有补贴吗", "科技型中小企业有奖励吗"). The sentence is built from the rule
 * book alone: either the clause sets no amount, or it sets only the amounts of its own rules, quoted.
 * It never says the asker "cannot" get something the policy does not address; it says what the text sets.
 * Help in kind (免费厂房) or of unstated size (基金入股) is quoted as what the clause does give.
 */
import { knowledge } from '../../knowledge/index.js';
import { message, say, sayInline } from '../../answer/messages.js';
import { lineText, type Inline } from '../../answer/parts.js';
import { refName } from '../../answer/format.js';
import { rulesForClause, type Rule } from '../../calculator/index.js';
import { COST_CUE } from '../cues.js';

/** Amount kinds that are money of a stated size; in-kind help and unstated sums are not. */
const MONEY_KINDS = new Set<Rule['amount']['kind']>(['fixed', 'capped', 'perYear', 'share', 'interest']);

/** Words in the clause's own text that would speak to whether something costs money. */
const COST_IN_TEXT = /免费|收费|费用/;

/**
 * The plain sentence for a money question that clause `id` answers without granting any of the
 * `named` rules, or null when the question named one of the clause's rules (its answer says the amount).
 *   item-4 → "第4条没有规定补贴或奖励金额。"
 *   item-6 → "第6条规定的奖励只有：“对当年新获批的高新技术企业，一次性予以10万元奖励”。"
 */
export function noAmountLine(id: string, named: readonly string[], text: string): Inline[] | null {
  const clause = knowledge().clause(id);
  if (!clause) return null;
  const rules = rulesForClause(id);
  if (rules.some((r) => named.includes(r.id))) return null;
  const ref: Inline = { clause: clause.id, heading: clause.heading };
  const service = serviceLine(id, text);
  if (service) return service;
  // "企业家培训免费吗": when the clause says nothing of fees either way, that is said too.
  const costUnsaid = COST_CUE.test(text) && !COST_IN_TEXT.test(clause.text);
  const money = rules.filter((r) => MONEY_KINDS.has(r.amount.kind));
  if (money.length) {
    const quotes = distinctQuotes(money.map((r) => r.quote));
    const cost = costUnsaid ? sayInline('noAmountCostUnsaid', { clause: ref }) : '';
    return sayInline('noAmountMoney', { clause: ref, noun: moneyNoun(quotes), quotes: quoted(quotes), cost });
  }
  // Help in kind or of unstated size (免费厂房, 基金入股) is what the clause does give: quote it.
  const other = distinctQuotes(rules.map((r) => r.quote));
  const given = other.length ? say('noAmountGiven', { quotes: quoted(other) }) : '';
  return sayInline('noAmountNone', { clause: ref, cost: costUnsaid ? message('noAmountNoneCost') : '', given });
}

/** noAmountLine as plain text. */
export function noAmountNote(id: string, named: readonly string[], text: string): string | null {
  const pieces = noAmountLine(id, named, text);
  return pieces && plain(pieces);
}

/** serviceLine as plain text. */
export function serviceNote(id: string, text: string): string | null {
  const pieces = serviceLine(id, text);
  return pieces && plain(pieces);
}

function plain(pieces: Inline[]): string {
  return lineText({ kind: 'notice', text: pieces }, refName);
}

/** “…”；“…” */
function quoted(quotes: readonly string[]): string {
  return quotes.map((quote) => say('quoted', { quote })).join(message('quoteSeparator'));
}

/**
 * "人才公寓能补多少钱": the sentence for a money question about a service clause `id` lists, or null.
 *   item-17 → "第17条把“市引才专项资金申请”列为它提供的服务之一，没有规定它的补贴或奖励金额。"
 */
export function serviceLine(id: string, text: string): Inline[] | null {
  const clause = knowledge().clause(id);
  const service = clause ? serviceAsked(rulesForClause(id), text) : null;
  return service ? sayInline('serviceNote', { clause: { clause: clause!.id, heading: clause!.heading }, service }) : null;
}

/**
 * "引才专项资金能申请多少": a thing the clause lists among services it provides (item-17's
 * 市引才专项资金申请) is a service, not a grant of stated size. The listed item whose core the
 * question names, or null.
 */
function serviceAsked(rules: readonly Rule[], text: string): string | null {
  for (const r of rules) {
    if (r.amount.kind !== 'inKind' || !('benefit' in r.amount) || typeof r.amount.benefit !== 'string') continue;
    const items = r.amount.benefit.replace(/等服务$/, '').split('、');
    const asked = items.find((it) => {
      const core = it.replace(/^市/, '').replace(/申请$/, '');
      return core.length >= 3 && text.includes(core);
    });
    if (asked) return asked;
  }
  return null;
}

/** Each quote once; a quote inside a longer one (the two salary rules of item-17) goes with it. */
function distinctQuotes(quotes: string[]): string[] {
  const unique = [...new Set(quotes)];
  return unique.filter((q) => !unique.some((other) => other !== q && other.includes(q)));
}

/** What the clause calls its money, when every quote calls it the same; otherwise a general word. */
function moneyNoun(quotes: readonly string[]): string {
  for (const noun of message('moneyNouns').split(message('unitSeparator'))) if (quotes.every((q) => q.includes(noun))) return noun;
  return message('moneyNounDefault');
}
