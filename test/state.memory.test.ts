/** The embedded store (src/state/memory.ts), the async responder on it, and REDIS_URL's reading. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createResponder, warmUp } from '../src/bot.js';
import { MemoryStateStore } from '../src/state/memory.js';
import { createSharedResponder } from '../src/state/respond.js';
import { readStoreSettings } from '../src/state/settings.js';
import { OutageReporter } from '../src/state/outage.js';

const AS_OF = '2021-06-30';

// The policy, rules and segmenter load once here, not inside a test's time limit.
beforeAll(() => warmUp(), 120_000);

describe('MemoryStateStore', { timeout: 60_000 }, () => {
  it('refuses a save from a version another turn already saved over', async () => {
    const s = new MemoryStateStore();
    const a = await s.loadSession('u');
    const b = await s.loadSession('u');
    expect(await s.saveSession('u', a.version, { facts: { degree: 'doctorate' }, topic: null, pending: [], offer: [] } as never)).toBe(true);
    expect(await s.saveSession('u', b.version, { facts: { fullTime: true }, topic: null, pending: [], offer: [] } as never)).toBe(false);
    expect((await s.loadSession('u')).session.facts).toEqual({ degree: 'doctorate' });
  });

  it('keeps its bounds: the least recently used session goes beyond the limit', async () => {
    const s = new MemoryStateStore({ maxSessions: 2 });
    for (const u of ['a', 'b', 'c']) await s.loadSession(u);
    expect(s.sessionCount).toBe(2);
  });

  it('answers through the async responder exactly as respond() does, concurrent turns included', async () => {
    const turns = ['博士购房补贴', '我是全日制博士', '新落户盘锦，在盘锦上班', '买的第一套房'];
    const sync = createResponder();
    const expected = turns.map((t) => sync('u', t, { asOf: AS_OF }));
    const shared = createSharedResponder({ store: new MemoryStateStore() });
    // Given all at once, one conversation's turns are still answered in order.
    expect(await Promise.all(turns.map((t) => shared('u', t, { asOf: AS_OF })))).toEqual(expected);
  });
});

describe('readStoreSettings', () => {
  it('keeps state in memory when REDIS_URL is unset or empty', () => {
    expect(readStoreSettings({})).toEqual({ ok: true, settings: { kind: 'memory' } });
    expect(readStoreSettings({ REDIS_URL: ' ' })).toEqual({ ok: true, settings: { kind: 'memory' } });
  });

  it('takes a redis:// URL and names it without its password', () => {
    const read = readStoreSettings({ REDIS_URL: 'redis://:s3cret@10.0.0.5:6380/2' });
    expect(read).toMatchObject({ ok: true, settings: { kind: 'redis', at: '10.0.0.5:6380/2' } });
  });

  it.each([
    ['not a url', 'localhost:6379'],
    ['http scheme', 'http://127.0.0.1:6379'],
    ['a path that is no database', 'redis://127.0.0.1:6379/cache'],
  ])('refuses %s with one line naming REDIS_URL, never its password', (_what, url) => {
    const read = readStoreSettings({ REDIS_URL: url.replace('127.0.0.1', ':pw@127.0.0.1') });
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error).toMatch(/^REDIS_URL must be a URL/);
      expect(read.error).not.toContain('pw');
      expect(read.error).not.toContain('\n');
    }
  });
});

describe('OutageReporter', () => {
  it('warns once when the store goes down, at most once a minute while it stays down, and once when it is back', () => {
    let t = 0;
    const lines: string[] = [];
    const r = new OutageReporter('Redis at x', (l) => lines.push(l), () => t);
    for (let i = 0; i < 100; i += 1) {
      r.failed(new Error('ECONNREFUSED'));
      t += 500;
    }
    // 100 failures over 50 s: one line.
    expect(lines).toHaveLength(1);
    t += 10_000;
    r.failed(new Error('ECONNREFUSED'));
    expect(lines).toHaveLength(2);
    r.recovered();
    r.recovered();
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/back/);
  });
});
