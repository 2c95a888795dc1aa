/**
 * The Redis state store (src/state/redis.ts) against a real redis-server on loopback: sessions with
 * a version check, event claims, rate windows, the log stream, and what happens when Redis dies
 * and comes back. Two stores on one server stand for two bot instances.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createResponder, warmUp } from '../src/bot.js';
import { ConversationLog } from '../src/log/log.js';
import type { LogRecord } from '../src/log/record.js';
import type { LogSink } from '../src/log/sink.js';
import { createSharedResponder } from '../src/state/respond.js';
import { RedisStateStore } from '../src/state/redis.js';
import type { StateStore } from '../src/state/types.js';
import { DEFAULT_CASE_AS_OF, parseCases } from './cases/checkCase.js';
import { describeRedis, startRedis, type TestRedis } from './redisServer.js';

const AS_OF = '2021-06-30';
let redis: TestRedis;
const open: RedisStateStore[] = [];

async function store(warn: (line: string) => void = () => {}): Promise<RedisStateStore> {
  const s = new RedisStateStore({ url: redis.url, at: `127.0.0.1:${redis.port}/0`, warn, prefix: `t${open.length}:` });
  await s.connect();
  open.push(s);
  return s;
}

/** Two instances: two clients on one Redis, with one key prefix. */
async function twoInstances(prefix: string): Promise<[RedisStateStore, RedisStateStore]> {
  const make = async () => {
    const s = new RedisStateStore({ url: redis.url, at: 'test', warn: () => {}, prefix });
    await s.connect();
    open.push(s);
    return s;
  };
  return [await make(), await make()];
}

/**
 * Wraps stores so that, once armed, the next `n` loads (across all wrapped stores) all finish
 * before any of them returns: the turns they start are sure to race for the same version.
 */
function racing(n: number) {
  let armed = false;
  const waiting: (() => void)[] = [];
  const state = {
    conflicts: 0,
    arm: () => void (armed = true),
    wrap(inner: StateStore): StateStore {
      const wrapper = Object.create(inner) as StateStore;
      wrapper.loadSession = async (user) => {
        const loaded = await inner.loadSession(user);
        if (armed) {
          await new Promise<void>((resolve) => {
            waiting.push(resolve);
            if (waiting.length === n) {
              armed = false;
              for (const go of waiting.splice(0)) go();
            }
          });
        }
        return loaded;
      };
      wrapper.saveSession = async (user, version, next) => {
        const saved = await inner.saveSession(user, version, next);
        if (!saved) state.conflicts += 1;
        return saved;
      };
      return wrapper;
    },
  };
  return state;
}

beforeAll(async () => {
  redis = await startRedis();
  // The policy, rules and segmenter load once here, not inside the first test's time limit.
  warmUp();
}, 120_000);

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

afterAll(async () => {
  await redis?.stop();
});

describeRedis('RedisStateStore', { timeout: 120_000 }, () => {
  describeRedis('sessions', () => {
    it('loads a fresh session at version 0, saves it, and refuses a save from a stale version', async () => {
      const s = await store();
      const first = await s.loadSession('u1');
      expect(first).toMatchObject({ version: 0, shared: true, session: { facts: {}, topic: null, pending: [], offer: [] } });
      const next = { facts: { degree: 'doctorate' }, topic: null, pending: ['fullTime'], offer: [] } as never;
      expect(await s.saveSession('u1', 0, next)).toBe(true);
      expect(await s.saveSession('u1', 0, next)).toBe(false);
      const again = await s.loadSession('u1');
      expect(again.version).toBe(1);
      expect(again.session).toMatchObject({ facts: { degree: 'doctorate' }, pending: ['fullTime'] });
    });

    it('keeps a session for the idle timeout only (its TTL)', async () => {
      const s = await store();
      await s.saveSession('u2', 0, { facts: {}, topic: null, pending: [], offer: [] });
      const ttl = await s.client.pttl(`${s.prefix}s:u2`);
      expect(ttl).toBeGreaterThan(29 * 60 * 1000);
      expect(ttl).toBeLessThanOrEqual(30 * 60 * 1000);
    });

    it('forgets a session on reset, still counting its version so an older turn cannot save over it', async () => {
      const s = await store();
      await s.saveSession('u3', 0, { facts: { degree: 'master' }, topic: null, pending: [], offer: [] } as never);
      expect(await s.saveSession('u3', 1, null)).toBe(true);
      const after = await s.loadSession('u3');
      expect(after.session.facts).toEqual({});
      expect(after.version).toBe(2);
      expect(await s.saveSession('u3', 1, { facts: { degree: 'master' }, topic: null, pending: [], offer: [] } as never)).toBe(false);
    });
  });

  describeRedis('one conversation on two instances', () => {
    it('keeps every fact of turns that alternate between the instances', async () => {
      const [a, b] = await twoInstances('alt:');
      const instances = [createSharedResponder({ store: a }), createSharedResponder({ store: b })];
      const memory = createResponder();
      const turns = ['博士购房补贴', '我是全日制博士', '新落户盘锦，在盘锦上班', '买的第一套房'];
      for (const [i, t] of turns.entries()) {
        const alone = memory('c1', t, { asOf: AS_OF });
        expect(await instances[i % 2]!('c1', t, { asOf: AS_OF })).toEqual(alone);
      }
      const kept = await a.loadSession('c1');
      expect(kept.session.facts).toMatchObject({ degree: 'doctorate', fullTime: true, newlySettled: true, employedInPanjin: true, firstHome: true });
    });

    it('loses neither fact when two messages of one conversation are answered at once on two instances', async () => {
      const [a, b] = await twoInstances('race:');
      const barrier = racing(2);
      const onA = createSharedResponder({ store: barrier.wrap(a) });
      const onB = createSharedResponder({ store: barrier.wrap(b) });
      await onA('c2', '博士购房补贴', { asOf: AS_OF });
      barrier.arm();
      const [x, y] = await Promise.all([onA('c2', '我是全日制博士', { asOf: AS_OF }), onB('c2', '新落户盘锦，在盘锦上班', { asOf: AS_OF })]);
      expect(x.citations[0]).toBe('item-17');
      expect(y.citations[0]).toBe('item-17');
      // The two turns read the same version; one save was refused and its turn redone on the other's facts.
      expect(barrier.conflicts).toBe(1);
      const kept = await b.loadSession('c2');
      expect(kept.session.facts).toMatchObject({ degree: 'doctorate', fullTime: true, newlySettled: true, employedInPanjin: true });
    });

    it('answers every conversation case as the in-memory responder does', async () => {
      const cases = parseCases(readFileSync(new URL('./cases/conversations.jsonl', import.meta.url), 'utf8'), 'conversations.jsonl')
        .filter((c) => c.turns.length > 1);
      const [a, b] = await twoInstances('cases:');
      const instances = [createSharedResponder({ store: a }), createSharedResponder({ store: b })];
      const differ: string[] = [];
      for (const c of cases) {
        const memory = createResponder();
        const asOf = c.asOf ?? DEFAULT_CASE_AS_OF;
        for (const [i, t] of c.turns.entries()) {
          const alone = memory(c.id, t, { asOf });
          const shared = await instances[i % 2]!(c.id, t, { asOf });
          if (JSON.stringify(alone) !== JSON.stringify(shared)) differ.push(`${c.id} turn ${i + 1}`);
        }
      }
      expect(cases.length).toBeGreaterThan(20);
      expect(differ).toEqual([]);
    });
  });

  describeRedis('Slack event ids', () => {
    it('lets one instance claim an id; the other sees it busy, then done', async () => {
      const [a, b] = await twoInstances('ev:');
      expect(await a.claimEvent('Ev1', 30_000)).toBe('mine');
      expect(await b.claimEvent('Ev1', 30_000)).toBe('busy');
      await a.finishEvent('Ev1', true, 60_000);
      expect(await b.claimEvent('Ev1', 30_000)).toBe('done');
    });

    it('frees an id whose reply was not delivered, so a retry is answered', async () => {
      const [a, b] = await twoInstances('ev2:');
      expect(await a.claimEvent('Ev2', 30_000)).toBe('mine');
      await a.finishEvent('Ev2', false, 60_000);
      expect(await b.claimEvent('Ev2', 30_000)).toBe('mine');
    });
  });

  describeRedis('rate windows', () => {
    it('counts one contact across instances: answers up to the limit, tells once, then drops', async () => {
      const [a, b] = await twoInstances('rate:');
      const verdicts = [await a.rateCheck('wx1', 2, 60_000), await b.rateCheck('wx1', 2, 60_000), await a.rateCheck('wx1', 2, 60_000), await b.rateCheck('wx1', 2, 60_000)];
      expect(verdicts).toEqual(['answer', 'answer', 'notify', 'drop']);
      expect(await a.rateCheck('wx2', 2, 60_000)).toBe('answer');
    });
  });

  describeRedis('the conversation log', () => {
    it('writes every instance\'s turns to one stream', async () => {
      const [a, b] = await twoInstances('log:');
      const local: LogRecord[] = [];
      const files: LogSink = { write: (r) => void local.push(r), close: async () => {} };
      const logA = new ConversationLog('slack', a.logSink(files), (k) => `h-${k}`);
      const logB = new ConversationLog('slack', b.logSink(files), (k) => `h-${k}`);
      await createSharedResponder({ store: a, log: logA })('c3', '第十七条', { asOf: AS_OF });
      await createSharedResponder({ store: b, log: logB })('c3', '第十三条', { asOf: AS_OF });
      await logA.close();
      await logB.close();
      const entries = await a.client.xrange('log:log', '-', '+');
      const records = entries.map(([, fields]) => JSON.parse(fields[1]!) as LogRecord);
      expect(records.map((r) => r.kind === 'turn' && r.citations[0])).toEqual(['item-17', 'item-13']);
      expect(local).toEqual([]);
    });
  });

  describeRedis('Redis killed and restarted', () => {
    it('answers throughout, warns once while down, and shares state again once Redis is back', async () => {
      const lines: string[] = [];
      const s = await store((line) => lines.push(line));
      const local: LogRecord[] = [];
      const log = new ConversationLog('slack', s.logSink({ write: (r) => void local.push(r), close: async () => {} }), (k) => k);
      const respond = createSharedResponder({ store: s, log });
      await respond('c4', '我是全日制博士，新落户盘锦', { asOf: AS_OF });
      const closed = new Promise((resolve) => s.client.once('close', resolve));
      await redis.kill();
      await closed;
      const during = [];
      for (let i = 0; i < 20; i += 1) during.push(await respond('c4', '第十七条', { asOf: AS_OF }));
      expect(during.every((x) => x.citations[0] === 'item-17')).toBe(true);
      expect(s.health()).toMatchObject({ store: 'redis', state: 'down' });
      expect(lines.filter((l) => l.includes('cannot be reached'))).toHaveLength(1);
      await log.close();
      // Every record of the outage went to the local files (the first turn's may have reached Redis or not).
      expect(local.filter((r) => r.kind === 'turn' && r.text === '第十七条')).toHaveLength(20);

      const ready = new Promise((resolve) => s.client.once('ready', resolve));
      await redis.restart();
      await ready;
      expect(lines.at(-1)).toMatch(/is back; state is shared again/);
      expect(s.health().state).toBe('up');
      // Shared again: what this instance saves now, another instance on the same prefix reads.
      await respond('c5', '我是全日制博士，新落户盘锦', { asOf: AS_OF });
      const other = new RedisStateStore({ url: redis.url, at: 'test', warn: () => {}, prefix: s.prefix });
      await other.connect();
      open.push(other);
      expect((await other.loadSession('c5')).session.facts).toMatchObject({ degree: 'doctorate', fullTime: true, newlySettled: true });
    });
  });
});
