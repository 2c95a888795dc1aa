import { describe, expect, it } from 'vitest';
import { SessionStore } from '../src/dialogue/session.js';
import { createResponder } from '../src/bot.js';

describe('SessionStore', () => {
  it('keeps one session per user and shares nothing between users', () => {
    const store = new SessionStore();
    store.get('a').facts.degree = 'doctorate';
    expect(store.get('b').facts).toEqual({});
    expect(store.get('a').facts).toEqual({ degree: 'doctorate' });
  });

  it('forgets a session idle longer than idleMs', () => {
    let now = 0;
    const store = new SessionStore({ idleMs: 1000, now: () => now });
    store.get('a').facts.degree = 'doctorate';
    now = 999;
    expect(store.get('a').facts.degree).toBe('doctorate');
    now = 999 + 1001;
    expect(store.get('a').facts).toEqual({});
  });

  it('drops the least recently used session beyond maxSessions', () => {
    const store = new SessionStore({ maxSessions: 2 });
    store.get('a').facts.degree = 'doctorate';
    store.get('b');
    store.get('a'); // a is now more recent than b
    store.get('c'); // evicts b
    expect(store.size).toBe(2);
    expect(store.get('a').facts.degree).toBe('doctorate');
  });

  it('stays bounded however many users write', () => {
    const store = new SessionStore({ maxSessions: 100 });
    for (let i = 0; i < 10000; i++) store.get(`user-${i}`);
    expect(store.size).toBe(100);
  });

  it('keys very long user ids without confusing two that share a prefix', () => {
    const store = new SessionStore();
    const head = 'x'.repeat(500);
    store.get(`${head}1`).facts.degree = 'master';
    expect(store.get(`${head}2`).facts).toEqual({});
  });
});

describe('createResponder sessions', () => {
  const asOf = '2021-06-30';

  it('carries facts across turns of one user', () => {
    const respond = createResponder();
    respond('u', '我是全日制博士，去年毕业', { asOf });
    const a = respond('u', '第一次在盘锦创业，有薪酬补贴吗', { asOf });
    expect(a.amounts.map((x) => x.yuan)).toContain(36000);
  });

  it('does not let one user\'s facts reach another', () => {
    const respond = createResponder();
    respond('u1', '我是全日制博士，去年毕业，第一次在盘锦创业', { asOf });
    const a = respond('u2', '有薪酬补贴吗', { asOf });
    expect(a.amounts.map((x) => x.yuan)).not.toContain(108000);
  });

  it('forgets the conversation after the idle time', () => {
    let t = Date.parse('2021-06-30T00:00:00Z');
    const respond = createResponder({ now: () => new Date(t), idleMs: 60_000 });
    respond('u', '众创空间有奖励吗', { asOf });
    t += 61_000;
    const a = respond('u', '省级的', { asOf });
    expect(a.amounts).toEqual([]);
  });

  it('starts over on 重新开始', () => {
    const respond = createResponder();
    respond('u', '我是硕士', { asOf });
    respond('u', '重新开始', { asOf });
    const a = respond('u', '博士购房补贴多少', { asOf });
    expect(a.amounts.map((x) => x.yuan)).toContain(120000);
  });

  it('asks a few follow-up questions at a time and takes a bare 是 as the answer to the first', () => {
    const respond = createResponder();
    const first = respond('u', '我是博士，想在盘锦创业，有补贴吗', { asOf });
    expect(first.followUp.length).toBeGreaterThan(0);
    expect(first.followUp.length).toBeLessThanOrEqual(3);
    expect(first.followUp).toContain('您是全日制博士吗？');
    const second = respond('u', '是的', { asOf });
    expect(second.followUp).not.toContain('您是全日制博士吗？');
  });

  it('judges validity on asOf', () => {
    const respond = createResponder();
    expect(respond('u', '第17条', { asOf: '2020-01-01' }).validity).toMatchObject({ inForce: true, asOf: '2020-01-01' });
    expect(respond('u', '第17条', { asOf: '2022-01-01' }).validity).toMatchObject({ inForce: false, to: '2021-12-31' });
  });

  it('refuses an asOf that is not a date', () => {
    const respond = createResponder();
    expect(() => respond('u', '第17条', { asOf: '2021-02-30' })).toThrow(/YYYY-MM-DD/);
  });
});
