/**
 * The core writes every turn to the conversation log (issue 12): one record a turn with what was
 * understood and answered, by name only, its answer named by `id`; feedback joins it by that id;
 * no raw user id and no fact's value reaches the log.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { ConversationLog, logFeedback, openConversationLog, LogSettingError } from '../src/log/index.js';
import type { LogRecord, TurnRecord } from '../src/log/record.js';
import type { LogSink } from '../src/log/sink.js';
import { readLog } from '../src/log/read.js';

const asOf = '2021-06-30';

function memoryLog(channel: 'slack' | 'wechat' = 'wechat') {
  const records: LogRecord[] = [];
  const sink: LogSink = { write: (r) => void records.push(r), close: async () => {} };
  return { records, log: new ConversationLog(channel, sink, (k) => `h(${k.length})`) };
}
const turns = (records: LogRecord[]) => records.filter((r): r is TurnRecord => r.kind === 'turn');

describe('respond with a log', () => {
  it('names each answer and records the turn under that name', () => {
    const { records, log } = memoryLog();
    const respond = createResponder({ log });
    const a = respond('wxid_person1', '第十七条', { asOf });
    expect(a.id).toMatch(/^[0-9a-f]{12}-[0-9a-z]+$/);
    expect(respond('wxid_person1', '第十八条', { asOf }).id).not.toBe(a.id);
    const [t] = turns(records);
    expect(t).toMatchObject({ kind: 'turn', channel: 'wechat', text: '第十七条', answerId: a.id, citations: ['item-17'], outOfScope: false, clarified: false });
    expect(t!.understood.intent).toBe('clauseByNumber');
    expect(t!.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('gives no id and writes nothing without a log', () => {
    expect(createResponder()('u', '第十七条', { asOf }).id).toBeUndefined();
  });

  it('keeps the names of the facts told, never their values', () => {
    const { records, log } = memoryLog();
    createResponder({ log })('u', '我是全日制博士，2020年6月毕业，博士创业补贴能拿多少', { asOf });
    const [t] = turns(records);
    expect(t!.understood.facts).toEqual(expect.arrayContaining(['degree', 'fullTime']));
    const line = JSON.stringify(t);
    expect(line).not.toContain('phd"');
    expect(line).not.toContain('2020-06');
    expect(t!.conditional.length + t!.asked.length).toBeGreaterThan(0);
  });

  it('marks a refusal as out of scope', () => {
    const { records, log } = memoryLog();
    createResponder({ log })('u', '今天天气怎么样', { asOf });
    expect(turns(records)[0]).toMatchObject({ outOfScope: true, citations: [] });
  });

  it('masks long numbers and cuts the message at 500 characters', () => {
    const { records, log } = memoryLog();
    const respond = createResponder({ log });
    respond('u', '我的电话是13912345678，身份证21110219900101123X', { asOf });
    respond('u2', '博'.repeat(600), { asOf });
    const [phone, long] = turns(records);
    expect(phone!.text).not.toMatch(/1391234|199001011/);
    expect(long!.text.length).toBeLessThanOrEqual(500);
  });

  it('still answers when the log cannot be written', () => {
    const broken = new ConversationLog('slack', { write: () => { throw new Error('disk full'); }, close: async () => {} }, (k) => k);
    const a = createResponder({ log: broken })('u', '第十七条', { asOf });
    expect(a.citations).toEqual(['item-17']);
  });
});

describe('logFeedback', () => {
  it('records 👎 against the answer’s id under the same conversation hash as its turn', () => {
    const { records, log } = memoryLog('slack');
    const a = createResponder({ log })('slack:T1:U1:C1', '第十七条', { asOf });
    logFeedback(log, { user: 'slack:T1:U1:C1', answerId: a.id!, value: 'down' });
    const [turn, fb] = records;
    expect(fb).toMatchObject({ kind: 'feedback', channel: 'slack', answerId: a.id, value: 'down', conversation: turn!.conversation });
  });
  it('does nothing when the log is off', () => {
    expect(() => logFeedback(null, { user: 'u', answerId: 'x', value: 'up' })).not.toThrow();
  });
});

describe('openConversationLog', () => {
  it('is null with POLICY_LOG=off and refuses a malformed setting', () => {
    expect(openConversationLog('cli', { POLICY_LOG: 'off' })).toBeNull();
    expect(() => openConversationLog('cli', { POLICY_LOG_DAYS: 'x' })).toThrow(LogSettingError);
  });

  it('keeps no raw conversation key anywhere in the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-log-'));
    const log = openConversationLog('slack', { POLICY_LOG_DIR: dir })!;
    const respond = createResponder({ log });
    const key = 'slack:T0RAWTEAM:U0RAWUSER:C0RAWCHAN';
    const a = respond(key, '博士购房补贴多少', { asOf });
    logFeedback(log, { user: key, answerId: a.id!, value: 'up' });
    await log.close();
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      for (const raw of ['U0RAWUSER', 'T0RAWTEAM', 'C0RAWCHAN']) expect(text).not.toContain(raw);
    }
    expect(readLog(dir).records.map((r) => r.kind)).toEqual(['turn', 'feedback']);
  });
});
