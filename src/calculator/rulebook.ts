/**
 * Loads knowledge/rules/*.json and knowledge/parameters/*.json into a checked, frozen RuleBook.
 *
 * A rules file that is malformed, cites a clause that does not say its quote, names a fact the
 * Profile does not have, or stores a number its quote does not state stops start-up with one
 * KnowledgeError line naming the file and the key. compileRuleBook() takes the parsed files, so the
 * mutation check can feed it altered data without touching the disk.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { knowledge, DEFAULT_KNOWLEDGE_DIR, KnowledgeError, type Knowledge } from '../knowledge/index.js';
import { displayName, readJson } from '../knowledge/readJson.js';
import { RateTableSchema, RulesFileSchema, type RateTable, type Rule } from '../knowledge/rulesSchema.js';
import { z } from 'zod';
import { FACTS } from './profile.js';
import { findQuantities } from './numbers.js';
import { matchNumbers, type Claim } from './quoteCheck.js';
import { checkRuleFacts } from './factCheck.js';

/** One file as read: its display name and parsed JSON, not yet validated. */
export interface SourceFile {
  file: string;
  data: unknown;
}

export interface RuleSources {
  rules: SourceFile[];
  parameters: SourceFile[];
}

export interface RuleBook {
  rules: readonly Rule[];
  rule(id: string): Rule | undefined;
  rateTable(id: string): RateTable | undefined;
  /** Which phrase of the source each stored number was matched to. */
  claims: readonly Claim[];
}

/** Reads every rules and parameters file (sorted by name) without validating them. */
export function readRuleSources(dir: string = DEFAULT_KNOWLEDGE_DIR): RuleSources {
  const list = (sub: string): string[] => {
    try {
      return readdirSync(join(dir, sub));
    } catch (err) {
      throw new KnowledgeError(displayName(dir, sub), '', `cannot be read (${(err as NodeJS.ErrnoException).code ?? err})`);
    }
  };
  const read = (sub: string): SourceFile[] =>
    list(sub).filter((n) => n.endsWith('.json')).sort().map((n) => ({
      file: displayName(dir, `${sub}/${n}`),
      data: readJson(dir, `${sub}/${n}`, z.unknown()),
    }));
  return { rules: read('rules'), parameters: read('parameters') };
}

export interface CompileOptions {
  /**
   * Check stored numbers against their quotes (default true). Only the mutation check turns this
   * off, to measure what the case table catches on its own.
   */
  checkNumbers?: boolean;
}

/** Validates and cross-checks the files against the policy; throws KnowledgeError on the first fault. */
export function compileRuleBook(sources: RuleSources, k: Knowledge = knowledge(), options: CompileOptions = {}): RuleBook {
  const checkNumbers = options.checkNumbers ?? true;
  const tables = new Map<string, RateTable>();
  for (const { file, data } of sources.parameters) {
    const parsed = RateTableSchema.safeParse(data);
    if (!parsed.success) throw KnowledgeError.fromZod(file, parsed.error);
    if (checkNumbers) checkRateTable(file, parsed.data);
    tables.set(parsed.data.id, parsed.data);
  }

  const rules: Rule[] = [];
  const claims: Claim[] = [];
  for (const { file, data } of sources.rules) {
    const parsed = RulesFileSchema.safeParse(data);
    if (!parsed.success) throw KnowledgeError.fromZod(file, parsed.error);
    parsed.data.rules.forEach((rule, i) => {
      const at = (key: string, detail: string) => new KnowledgeError(file, `rules[${i}]${key ? `.${key}` : ''}`, detail);
      if (rules.some((r) => r.id === rule.id)) throw at('id', `${rule.id} is used twice`);
      claims.push(...checkRule(rule, k, tables, at, checkNumbers));
      rules.push(rule);
    });
  }
  // Files sort as text (item-11 before item-3); answers and tables want clause order.
  const itemNumber = (r: Rule) => Number(r.clause.slice('item-'.length));
  rules.sort((a, b) => itemNumber(a) - itemNumber(b));
  const byId = new Map(rules.map((r) => [r.id, r]));
  return Object.freeze({
    rules: deepFreeze(rules),
    rule: (id: string) => byId.get(id),
    rateTable: (id: string) => tables.get(id),
    claims: Object.freeze(claims),
  });
}

type At = (key: string, detail: string) => KnowledgeError;

function checkRule(rule: Rule, k: Knowledge, tables: Map<string, RateTable>, at: At, checkNumbers: boolean): Claim[] {
  const clause = k.clause(rule.clause);
  if (!clause) throw at('clause', `${rule.clause} is not a clause`);
  const first = clause.text.indexOf(rule.quote);
  if (first < 0) throw at('quote', `does not occur verbatim in ${rule.clause}`);
  if (clause.text.indexOf(rule.quote, first + 1) >= 0) throw at('quote', `occurs more than once in ${rule.clause}; quote more of it`);
  if (rule.lead.join('、') !== clause.lead.join('、')) {
    throw at('lead', `is ${rule.lead.join('、')} but ${rule.clause} names ${clause.lead.join('、')}`);
  }
  rule.conditions.forEach((c, i) => {
    if (c.quote && !rule.quote.includes(c.quote)) throw at(`conditions[${i}].quote`, 'does not occur in the rule\'s quote');
  });
  rule.assessed.forEach((a, i) => {
    if (!rule.quote.includes(a)) throw at(`assessed[${i}]`, 'does not occur in the rule\'s quote');
  });
  const a = rule.amount;
  if ((a.kind === 'inKind' || a.kind === 'unstated') && !rule.quote.includes(a.benefit)) {
    throw at('amount.benefit', 'does not occur in the rule\'s quote');
  }
  if (a.kind === 'interest' && !tables.has(a.benchmark)) throw at('amount.benchmark', `${a.benchmark} is not a parameters file id`);
  if (a.kind === 'share' && (a.percent === undefined) === (a.ratio === undefined)) {
    throw at('amount', 'a share needs exactly one of percent and ratio');
  }
  checkRuleFacts(rule, FACTS, at);

  if (!checkNumbers) return [];
  // Offsets in the whole source, so claims from different rules on one phrase coincide.
  const clauseAt = k.source.indexOf(clause.text);
  const ruleAt = clauseAt + first;
  const matched = matchNumbers(rule, (quote) => ruleAt + rule.quote.indexOf(quote));
  if ('key' in matched) throw at(matched.key, matched.detail);
  return matched.claims;
}

function checkRateTable(file: string, t: RateTable): void {
  const stated = findQuantities(t.source).filter((q) => q.unit === 'percent').map((q) => q.value);
  t.bands.forEach((b, i) => {
    const last = i === t.bands.length - 1;
    if ((b.maxYears === null) !== last) throw new KnowledgeError(file, `bands[${i}].maxYears`, 'only the last band is open-ended (null)');
    const prev = t.bands[i - 1]?.maxYears;
    if (b.maxYears !== null && prev != null && b.maxYears <= prev) {
      throw new KnowledgeError(file, `bands[${i}].maxYears`, 'bands must rise');
    }
    if (!stated.includes(b.percent)) throw new KnowledgeError(file, `bands[${i}].percent`, `${b.percent}% is not stated in source`);
    if (!t.source.includes(b.label)) throw new KnowledgeError(file, `bands[${i}].label`, 'does not occur in source');
    const years = findQuantities(b.label).filter((q) => q.unit === 'years').at(-1)?.value;
    if (b.maxYears !== null && years !== b.maxYears) {
      throw new KnowledgeError(file, `bands[${i}].maxYears`, `is ${b.maxYears} but the label "${b.label}" says ${years}`);
    }
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

let shared: RuleBook | undefined;

/** The process-wide rule book, loaded and checked on first use. */
export function ruleBook(): RuleBook {
  shared ??= compileRuleBook(readRuleSources());
  return shared;
}
