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
