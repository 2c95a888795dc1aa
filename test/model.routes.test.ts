/**
 * Every target of the bank has a listener that answers it when the model ranks it first: the topic
 * targets list the topic's clauses (topicClauses), topic:enterprise starts the company questionnaire
 * (companyProfile), and `units` names who leads what (unitClauses, units), rather than leaving the
 * question to the clause search, which refused "各条款的牵头单位列一下" as out of scope.
 */
import { describe, expect, it } from 'vitest';
import { bank } from '../src/bank/index.js';
import { answerAllUnits } from '../src/dialogue/intents/clauseLists.js';
import { routeOf } from '../src/dialogue/listeners/learned.js';
import { knowledge } from '../src/knowledge/index.js';
import { createResponder } from '../src/bot.js';

describe('the learned listener\'s routes', () => {
  it('routes every target of the bank', () => {
    const targets = [...new Set(bank().examples.map((e) => e.target))];
    expect(targets.filter((t) => routeOf(t) === null)).toEqual([]);
  });

  it('sends the topics, the company question and the units to the listeners that answer them', () => {
    expect(routeOf('topic:talent')).toEqual({ kind: 'topic', id: 'talent' });
    expect(routeOf('topic:finance')).toEqual({ kind: 'topic', id: 'finance' });
    expect(routeOf('topic:enterprise')).toEqual({ kind: 'company' });
    expect(routeOf('units')).toEqual({ kind: 'units' });
  });

  it('lists every lead unit with the clauses it leads, when no unit is named', () => {
    const body = answerAllUnits();
    const items = knowledge().clauses.filter((c) => c.kind === 'item');
    const leads = new Set(items.flatMap((c) => c.lead));
    const text = body.lines.map((l) => JSON.stringify(l)).join('\n');
    for (const unit of leads) expect(text).toContain(unit);
    expect(new Set(body.citations)).toEqual(new Set(items.filter((c) => c.lead.length).map((c) => c.id)));
  });
});

/** The first answer loads the model and nodejieba: seconds alone, more on a loaded machine. */
const SLOW = 120_000;

describe('a broad question about one clause\'s subject', () => {
  const ask = (text: string) => createResponder()('u', text, { asOf: '2021-06-30' });

  it('is answered with that clause, not the whole list of money', () => {
    expect(ask('高端人才引进有什么政策').citations[0]).toBe('item-15');
    expect(ask('知识产权有什么政策').citations[0]).toBe('item-20');
    expect(ask('上市有什么政策').citations[0]).toBe('item-14');
  }, SLOW);

  it('keeps the list for a broad question with no subject', () => {
    for (const text of ['有哪些补贴', '本政策有哪些奖励']) expect((ask(text).answer.match(/（第\d+条）/g) ?? []).length, text).toBeGreaterThan(5);
  }, SLOW);
});

