/**
 * The conversation log's storage (issue 12): one JSONL file a day, one line a record, a torn line
 * skipped and counted by the reader and never allowed to swallow the next record, old days removed,
 * the HMAC key made once with mode 0600, and the settings read strictly.
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DailyFileSink } from '../src/log/daily.js';
import { readLog } from '../src/log/read.js';
import type { FeedbackRecord } from '../src/log/record.js';
import { conversationHasher, logSecret, SECRET_FILE } from '../src/log/secret.js';
import { readLogSettings, DEFAULT_LOG_DIR } from '../src/log/settings.js';
import { chinaDay } from '../src/log/days.js';
import { isoClock } from '../src/log/clock.js';

const folder = () => mkdtempSync(join(tmpdir(), 'policy-log-'));
const feedback = (at: string, answerId = 'a1'): FeedbackRecord => ({ kind: 'feedback', at, channel: 'slack', conversation: 'h', answerId, value: 'down' });

describe('DailyFileSink', () => {
  it('writes each record as one line of the file of its China day', () => {
    const dir = folder();
    const sink = new DailyFileSink({ dir, days: 180, now: () => new Date('2026-03-01T12:00:00Z') });
    // 16:30 UTC on 28 February is 00:30 on 1 March in China.
    sink.write(feedback('2026-02-28T16:30:00Z', 'a'));
    sink.write(feedback('2026-02-28T15:30:00Z', 'b'));
    sink.write(feedback('2026-03-01T01:00:00Z', 'c'));
    expect(readdirSync(dir).sort()).toEqual(['2026-02-28.jsonl', '2026-03-01.jsonl']);
    const march = readFileSync(join(dir, '2026-03-01.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).answerId);
    expect(march).toEqual(['a', 'c']);
  });

  it('removes day files older than the days kept, and nothing else in the folder', () => {
    const dir = folder();
    for (const name of ['2025-01-01.jsonl', '2026-01-02.jsonl', '2026-01-03.jsonl', 'notes.txt', SECRET_FILE]) writeFileSync(join(dir, name), '');
    // Kept: today (2026-01-04) and the day before; 2026-01-03 stays, 2026-01-02 goes.
    new DailyFileSink({ dir, days: 2, now: () => new Date('2026-01-04T03:00:00Z') });
    expect(readdirSync(dir).sort()).toEqual(['2026-01-03.jsonl', SECRET_FILE, 'notes.txt'].sort());
  });

  it('removes the oldest day when a new day begins while it runs', () => {
    const dir = folder();
    const sink = new DailyFileSink({ dir, days: 1, now: () => new Date('2026-01-01T03:00:00Z') });
    sink.write(feedback('2026-01-01T03:00:00Z'));
    sink.write(feedback('2026-01-02T03:00:00Z'));
    expect(readdirSync(dir)).toEqual(['2026-01-02.jsonl']);
  });

  it('starts a new line after a torn one, so a crash costs only the record being written', () => {
    const dir = folder();
    const file = join(dir, '2026-01-01.jsonl');
    writeFileSync(file, `${JSON.stringify(feedback('2026-01-01T01:00:00Z', 'whole'))}\n{"kind":"feedback","at":"2026-01-01T01:0`);
    const sink = new DailyFileSink({ dir, days: 180, now: () => new Date('2026-01-01T02:00:00Z') });
    sink.write(feedback('2026-01-01T02:00:00Z', 'after'));
    const read = readLog(dir);
    expect(read.records.map((r) => r.answerId)).toEqual(['whole', 'after']);
    expect(read.skipped).toEqual([{ file: '2026-01-01.jsonl', line: 2 }]);
  });
});

describe('readLog', () => {
  it('reads the days asked for, by each record’s own China day', () => {
    const dir = folder();
    appendFileSync(join(dir, '2026-01-01.jsonl'), `${JSON.stringify(feedback('2026-01-01T01:00:00Z', 'd1'))}\n`);
    appendFileSync(join(dir, '2026-01-02.jsonl'), `${JSON.stringify(feedback('2026-01-02T01:00:00Z', 'd2'))}\n`);
    appendFileSync(join(dir, '2026-01-03.jsonl'), `${JSON.stringify(feedback('2026-01-03T01:00:00Z', 'd3'))}\n`);
    expect(readLog(dir, { since: '2026-01-02' }).records.map((r) => r.answerId)).toEqual(['d2', 'd3']);
    expect(readLog(dir, { until: '2026-01-02' }).records.map((r) => r.answerId)).toEqual(['d1', 'd2']);
    expect(readLog(join(dir, 'none')).records).toEqual([]);
  });

  it('counts a line that is JSON but not a record as skipped', () => {
    const dir = folder();
    writeFileSync(join(dir, '2026-01-01.jsonl'), '{"kind":"turn"}\n\n');
    expect(readLog(dir).skipped).toHaveLength(1);
  });
});

describe('the log key', () => {
  it('is made once, readable by its owner only, and gives the same hash for the same key', () => {
    const dir = folder();
    const first = logSecret(dir);
    expect(statSync(join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(logSecret(dir).equals(first)).toBe(true);
    const hash = conversationHasher(first);
    expect(hash('slack:T1:U1:C1')).toBe(hash('slack:T1:U1:C1'));
    expect(hash('slack:T1:U1:C1')).toMatch(/^[0-9a-f]{64}$/);
    expect(conversationHasher(logSecret(folder()))('slack:T1:U1:C1')).not.toBe(hash('slack:T1:U1:C1'));
  });
});

describe('readLogSettings', () => {
  it('is on by default, in data/log, for 180 days', () => {
    expect(readLogSettings({})).toEqual({ ok: true, settings: { enabled: true, dir: DEFAULT_LOG_DIR, days: 180 } });
    expect(DEFAULT_LOG_DIR).toMatch(/data[\\/]log[\\/]?$/);
  });
  it('is off with POLICY_LOG=off', () => {
    expect(readLogSettings({ POLICY_LOG: 'off' })).toEqual({ ok: true, settings: { enabled: false } });
  });
  it('names the variable of a malformed setting', () => {
    expect(readLogSettings({ POLICY_LOG: 'no' })).toMatchObject({ ok: false, error: expect.stringContaining('POLICY_LOG ') });
    expect(readLogSettings({ POLICY_LOG_DAYS: '0' })).toMatchObject({ ok: false, error: expect.stringContaining('POLICY_LOG_DAYS') });
    expect(readLogSettings({ POLICY_LOG_DAYS: '30d' })).toMatchObject({ ok: false, error: expect.stringContaining('POLICY_LOG_DAYS') });
    expect(readLogSettings({ POLICY_LOG_DAYS: '30', POLICY_LOG_DIR: '/x' })).toEqual({ ok: true, settings: { enabled: true, dir: '/x', days: 30 } });
  });
});

describe('chinaDay', () => {
  it('is UTC+8', () => {
    expect(chinaDay('2026-02-28T15:59:59Z')).toBe('2026-02-28');
    expect(chinaDay('2026-02-28T16:00:00Z')).toBe('2026-03-01');
  });
});

describe('isoClock', () => {
  it('gives what toISOString gives, within a second, across seconds and days, and when the clock steps back', () => {
    let ms = 0;
    const clock = isoClock(() => ms);
    const start = Date.parse('2026-02-28T15:59:58.990Z');
    const instants = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 1009, 1010, 2005, 86_400_000, 86_399_999, -5, 1500, 1499]
      .map((d) => start + d)
      .concat([0, 7, 999, 1_000, Date.parse('1969-12-31T23:59:59.123Z')]);
    for (ms of instants) expect(clock()).toBe(new Date(ms).toISOString());
  });
});
