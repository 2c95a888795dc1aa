/**
 * The understanding stage and the listener registry: the parse's parts, the candidate intents with
 * their evidence, and how choose() picks among listeners by score.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../src/understand/index.js';
import { choose } from '../src/dialogue/listeners/choose.js';
import { LISTENERS } from '../src/dialogue/listeners/index.js';
import { certain, listener, type Listener, type TurnContext } from '../src/dialogue/listeners/types.js';
import { validityOn } from '../src/dialogue/validity.js';

const asOf = '2021-06-30';
const fresh = { asOf, topic: null, pending: [] as string[] };
const turnContext = (): TurnContext => ({
  user: 'u', asOf, validity: validityOn(asOf), facts: {},
  session: { facts: {}, topic: null, pending: [], offer: [], lastSeen: 0 },
});

describe('understand', () => {
  it('normalises once and keeps the bare forms', () => {
    const p = understand(' 哦不对，是第一次 ', fresh);
    expect(p.text).toBe('哦不对,是第一次');
    expect(p.bare).toBe('哦不对是第一次');
    expect(p.reply).toBe('是第一次');
    expect(p.cues.retraction).toBe(true);
  });

  it('reads clause numbers, one or several', () => {
    expect(understand('第十七條讲什么', fresh).clauses).toMatchObject({ numbered: 'item-17', several: [] });
    expect(understand('第16条和第17条有什么区别', fresh).clauses.several).toEqual(['item-16', 'item-17']);
    expect(understand('第22条', fresh).clauses.missingItem).toContain('21条');
  });

  it('states facts with their polarity and the reader that said them', () => {
    const p = understand('我是全日制博士，不是首套房', fresh);
    expect(p.facts.stated).toMatchObject({ degree: 'doctorate', fullTime: true, firstHome: false });
    expect(p.facts.statements).toContainEqual({ fact: 'firstHome', value: false, polarity: false, via: 'statement' });
    expect(p.facts.personal).toBe(true);
  });

  it('segments the message only when asked, and then once', () => {
    const seen: string[] = [];
    const p = understand('院士工作站建站补贴多少', fresh, { onAnalysis: (text) => seen.push(text) });
    expect(seen).toEqual([]);
    expect(p.analysis.tokens().map((t) => t.text)).toContain('院士工作站');
    expect(p.analysis.subject()).not.toContain('补贴');
    expect(seen).toEqual(['院士工作站建站补贴多少']);
  });

  it('reads a bare reply against the pending question', () => {
    const p = understand('是的', { ...fresh, pending: ['firstHome'] });
    expect(p.facts.statements).toEqual([{ fact: 'firstHome', value: true, polarity: true, via: 'yesNo' }]);
  });

  it('ranks candidate intents, the certain ones first, each with its evidence', () => {
    const p = understand('博士购房补贴找哪个部门', fresh);
    expect(p.intents.map((c) => c.intent)).toEqual(['units', 'benefit', 'amount', 'facts']);
    expect(p.intents[0]).toEqual({ intent: 'units', score: 0.8, evidence: ['找哪'] });
    expect(p.intents[1]!.evidence).toEqual(['phd-first-home']);
    expect(understand('你好', fresh).intents[0]).toMatchObject({ intent: 'greet', score: 1 });
  });
});

describe('choose', () => {
  const fixed = (name: string, ceiling: number, score: number | null, calls: string[]): Listener => listener({
    name, ceiling,
    match: () => (calls.push(name), score === null ? null : { score, evidence: [name], data: name }),
    reply: () => { throw new Error('not called'); },
  });

  it('lets a certain rule win outright without asking the rest', () => {
    const calls: string[] = [];
    const chosen = choose([fixed('a', 1, null, calls), fixed('b', 1, 1, calls), fixed('c', 1, 1, calls), fixed('d', 0.9, 0.9, calls)], understand('x', fresh), turnContext());
    expect(chosen.listener.name).toBe('b');
    expect(calls).toEqual(['a', 'b']);
  });

  it('takes the higher score over registry order, and stops when no later ceiling can beat it', () => {
    const calls: string[] = [];
    const chosen = choose([fixed('low', 0.8, 0.5, calls), fixed('high', 0.8, 0.7, calls), fixed('never', 0.6, 0.6, calls)], understand('x', fresh), turnContext());
    expect(chosen.listener.name).toBe('high');
    expect(calls).toEqual(['low', 'high']);
  });

  it('asks listeners by ceiling, whatever their place in the registry', () => {
    const calls: string[] = [];
    const chosen = choose([fixed('late', 0.5, 0.5, calls), fixed('early', 1, 1, calls)], understand('x', fresh), turnContext());
    expect(chosen.listener.name).toBe('early');
    expect(calls).toEqual(['early']);
  });

  it('ends the registry in a catch-all, and certain() needs evidence', () => {
    expect(LISTENERS.at(-1)!.name).toBe('outOfScope');
    expect(LISTENERS.at(-1)!.match(understand('x', fresh), turnContext())).not.toBeNull();
    expect(certain([null, undefined])).toBeNull();
    expect(certain(['你好'])).toEqual({ score: 1, evidence: ['你好'], data: undefined });
  });

  it('answers a clause number by the clauseByNumber listener, before anything ranked is asked', () => {
    const chosen = choose(LISTENERS, understand('第十七条', fresh), turnContext());
    expect(chosen.listener.name).toBe('clauseByNumber');
    expect(chosen.asked.map((a) => a.name)).toEqual(['empty', 'unreadable', 'reset', 'greet', 'thanks', 'picked', 'severalClauses', 'clauseByNumber']);
  });

  it('ranks by a learned score where a model gave one, while certain rules still win outright', () => {
    const p = understand('博士购房补贴多少', fresh);
    const model = (intent: string, score: number) => ({ ...p, intents: [{ intent, score, evidence: [], source: 'model' }, ...p.intents] });
    // The model prefers the clause search to the entitlement's fixed 0.9.
    const lifted = choose(LISTENERS, model('clauseSearch', 0.95), turnContext());
    expect(lifted.listener.name).toBe('clauseSearch');
    expect(lifted.match.score).toBe(0.95);
    // A learned score for a listener whose rules do not apply chooses nothing.
    expect(choose(LISTENERS, model('bareReply', 0.99), turnContext()).listener.name).toBe('entitlement');
    const clause = understand('第十七条', fresh);
    const overruled = { ...clause, intents: [{ intent: 'clauseSearch', score: 0.99, evidence: [], source: 'model' }] };
    expect(choose(LISTENERS, overruled, turnContext()).listener.name).toBe('clauseByNumber');
  });

  it('answers a named benefit by the entitlement listener, without the clause search', () => {
    const chosen = choose(LISTENERS, understand('博士购房补贴多少', fresh), turnContext());
    expect(chosen.listener.name).toBe('entitlement');
    expect(chosen.match.score).toBe(0.9);
    expect(chosen.asked.map((a) => a.name)).not.toContain('clauseSearch');
  });
});
