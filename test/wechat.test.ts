/**
 * The WeChat adapter end to end on wechaty-puppet-mock, answering through the real core
 * (createResponder from src/bot.ts). No network: the mock puppet lives in this process.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FileBox } from 'file-box';
import { types } from 'wechaty';
import { createResponder } from '../src/bot.js';
import type { Respond } from '../src/answer/types.js';
import { renderWechat } from '../src/answer/render/wechat.js';
import { REPLIES } from '../adapters/wechat/messages.js';
import { settle, startHarness, waitFor, type Harness, type HarnessOptions } from './wechat-harness.js';

const AS_OF = '2026-11-28';
const MENTION = '\u2005'; // WeChat ends an @mention with a four-per-em space

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
const start = async (options: Partial<HarnessOptions> = {}): Promise<Harness> => {
  h = await startHarness({ respond: createResponder(), asOf: AS_OF, ...options });
  return h;
};

describe('private chat', () => {
  it('answers an entitlement question with the amount in 万元 and the clause', async () => {
    const { bob, botUser, replies, answers } = await start();
    bob.say('博士购房补贴有多少').to(botUser);
    const [reply] = await replies(bob.id, 1);
    expect(reply).toContain('12万元');
    expect(reply).toContain('【第17条】');
    expect(answers[0]?.citations[0]).toBe('item-17');
    expect(answers[0]?.amounts.map((a) => a.yuan)).toContain(120000);
  });

  it('follows up: the bot asks, the user answers, the bot grants', async () => {
    const { bob, botUser, to, answered, answers } = await start();
    bob.say('我是博士，有哪些补贴').to(botUser);
    await answered(1);
    const first = to(bob.id).join('\n');
    const asked = answers[0]?.followUp ?? [];
    expect(asked.length).toBeGreaterThan(0);
    for (const question of asked) expect(first).toContain(question);
    expect(answers[0]?.amounts.map((a) => a.yuan)).not.toContain(36000);

    const sentBefore = to(bob.id).length;
    bob.say('全日制，2025年毕业，准备第一次在盘锦创业').to(botUser);
    await answered(2);
    const second = to(bob.id).slice(sentBefore).join('\n');
    expect(answers[1]?.amounts.map((a) => a.yuan)).toContain(36000);
    expect(second).toContain('3.6万元');
    expect(second).toContain('【第17条】');
  });

  it('answers a clause question with the clause, cited as 【第17条】', async () => {
    const { bob, botUser, replies, calls } = await start();
    bob.say('第17条讲什么').to(botUser);
    const [reply] = await replies(bob.id, 1);
    expect(reply).toContain('【第17条】');
    expect(reply).toContain('12万元');
    expect(reply).not.toMatch(/\*\*|^#/m);
    expect(calls).toEqual([{ user: `wechat:${bob.id}`, text: '第17条讲什么' }]);
  });

  it('says it reads text only when sent an image', async () => {
    const { bob, botUser, replies, calls } = await start();
    bob.say(FileBox.fromBase64(Buffer.from('not really a jpeg').toString('base64'), 'photo.jpg')).to(botUser);
    expect(await replies(bob.id, 1)).toEqual([REPLIES.textOnly]);
    expect(calls).toEqual([]);
  });

  it('sends a long answer as several messages, in order, none over the limit', async () => {
    const core = createResponder();
    let expected: string[] = [];
    const maxChars = 120;
    const respond: Respond = (user, text, opts) => {
      const answer = core(user, text, opts);
      expected = renderWechat(answer, { maxChars });
      return answer;
    };
    const { bob, botUser, replies } = await start({ respond, maxChars });
    bob.say('第17条讲什么').to(botUser);
    await waitFor(() => expected.length > 0, 'the core to answer');
    expect(expected.length).toBeGreaterThan(2);
    const parts = await replies(bob.id, expected.length);
    expect(parts).toEqual(expected);
    parts.forEach((p, i) => {
      expect(p.startsWith(`（${i + 1}/${parts.length}）`)).toBe(true);
      expect(Array.from(p).length).toBeLessThanOrEqual(maxChars);
      expect(p.split('【').length).toBe(p.split('】').length);
    });
  });

  it('replies politely when the core fails, and logs no message text', async () => {
    const failing: Respond = () => { throw new Error('boom while reading 第17条讲什么'); };
    const { bob, botUser, replies, logs } = await start({ respond: failing });
    bob.say('第17条讲什么').to(botUser);
    expect(await replies(bob.id, 1)).toEqual([REPLIES.failed]);
    expect(logs.some((l) => l.includes('reply failed: Error'))).toBe(true);
    expect(logs.join('\n')).not.toContain('第17条讲什么');
  });
});

describe('group chat', () => {
  it('answers an @mention in the group, addressed to the asker, with the mention stripped', async () => {
    const { bob, botUser, room, to, answered, calls } = await start();
    bob.say(`@政策助手${MENTION}博士购房补贴有多少`, [botUser]).to(room);
    await answered(1);
    const reply = to(room.id).join('\n');
    expect(reply.startsWith('@Bob')).toBe(true);
    expect(reply).toContain('12万元');
    expect(reply).toContain('【第17条】');
    expect(to(bob.id)).toEqual([]); // in the group, not in private
    expect(calls).toEqual([{ user: `wechat:${room.id}:${bob.id}`, text: '博士购房补贴有多少' }]);
  });

  it('ignores chatter that does not mention the bot', async () => {
    const { bob, alice, botUser, room, replies, calls, sent } = await start();
    bob.say('第17条讲什么').to(room);
    alice.say(`@Bob${MENTION}第17条讲什么`, [bob]).to(room);
    await settle();
    expect(sent).toEqual([]);
    // A mention after the chatter is answered, so the bot was listening all along.
    alice.say(`@政策助手${MENTION}第17条讲什么`, [botUser]).to(room);
    await replies(room.id, 1);
    expect(calls).toEqual([{ user: `wechat:${room.id}:${alice.id}`, text: '第17条讲什么' }]);
  });

  it('keeps separate conversations for each member of a group', async () => {
    const { bob, alice, botUser, room, replies, calls } = await start();
    bob.say(`@政策助手${MENTION}第17条讲什么`, [botUser]).to(room);
    await replies(room.id, 1);
    alice.say(`@政策助手${MENTION}第17条讲什么`, [botUser]).to(room);
    await replies(room.id, 2);
    expect(new Set(calls.map((c) => c.user)).size).toBe(2);
  });
});

describe('its own messages', () => {
  it('does not answer what the bot account sends, nor its own replies', async () => {
    const { bob, botUser, room, replies, calls, sent } = await start();
    // What the account's owner types on the phone comes back as the bot's own message.
    botUser.say('第17条讲什么').to(bob);
    botUser.say('第17条讲什么', [botUser]).to(room);
    await settle();
    expect(calls).toEqual([]);
    bob.say('第17条讲什么').to(botUser);
    await replies(bob.id, 2); // the owner's message above, then the one reply
    await settle();
    expect(calls).toHaveLength(1);
    expect(sent.filter((s) => s.to === bob.id)).toHaveLength(2);
  });
});

describe('what it leaves alone', () => {
  it('ignores an official account, a backlog replayed at login, and an image in a group', async () => {
    const { mocker, puppet, bob, botUser, room, replies, calls, sent } = await start();
    const official = mocker.createContact({ name: '某公众号', type: types.Contact.Official });
    official.say('第17条讲什么').to(botUser);
    const old = mocker.MessageMock.create({
      id: 'backlog-1', talkerId: bob.id, listenerId: botUser.id, text: '第17条讲什么',
      timestamp: Date.now() - 10 * 60_000, type: types.Message.Text,
    });
    puppet.emit('message', { messageId: old.id });
    bob.say(FileBox.fromBase64(Buffer.from('x').toString('base64'), 'photo.jpg')).to(room);
    await settle();
    expect(sent).toEqual([]);
    bob.say('第17条讲什么').to(botUser); // still listening
    await replies(bob.id, 1);
    expect(calls).toHaveLength(1);
  });
});

describe('rate limit', () => {
  it('answers up to the limit, replies once when it is reached, then stays silent until the window frees', async () => {
    let now = 1_000_000;
    const { bob, botUser, replies, calls } = await start({ rateLimit: { max: 3, windowMs: 60_000, now: () => now } });
    for (let i = 0; i < 6; i++) bob.say('第17条讲什么').to(botUser);
    const got = await replies(bob.id, 4);
    await settle();
    expect(got).toHaveLength(4);
    expect(got.filter((t) => t === REPLIES.rateLimited)).toHaveLength(1);
    expect(got.at(-1)).toBe(REPLIES.rateLimited);
    expect(calls).toHaveLength(3);

    now += 60_001;
    bob.say('第17条讲什么').to(botUser);
    await replies(bob.id, 5);
    expect(calls).toHaveLength(4);
  });

  it('limits each contact on its own', async () => {
    const { bob, alice, botUser, replies } = await start({ rateLimit: { max: 1, windowMs: 60_000, now: () => 0 } });
    bob.say('第17条讲什么').to(botUser);
    bob.say('第17条讲什么').to(botUser);
    alice.say('第17条讲什么').to(botUser);
    expect(await replies(bob.id, 2)).toContain(REPLIES.rateLimited);
    expect(await replies(alice.id, 1)).not.toContain(REPLIES.rateLimited);
  });
});

describe('operator terminal', () => {
  it('prints the login link and a QR code on scan, and logs login without message text', async () => {
    const { mocker, printed, logs, botUser } = await start();
    mocker.scan('https://login.weixin.qq.com/l/abc123');
    expect(printed.join('\n')).toContain('https://wechaty.js.org/qrcode/https%3A%2F%2Flogin.weixin.qq.com%2Fl%2Fabc123');
    expect(printed.some((p) => p.includes('▄') || p.includes('█'))).toBe(true);
    expect(logs.some((l) => l.includes(`logged in as ${botUser.id}`))).toBe(true);
  });

  it('logs puppet errors and logout, and never what was said', async () => {
    const { puppet, bob, botUser, logs, answered } = await start();
    bob.say('博士购房补贴有多少').to(botUser);
    await answered(1);
    puppet.emit('error', { data: 'connection reset' });
    await waitFor(() => logs.some((l) => l.includes('wechaty error') && l.includes('connection reset')), 'the error log');
    await puppet.logout();
    await waitFor(() => logs.some((l) => l.includes(`logged out ${botUser.id}`)), 'the logout log');
    expect(logs.join('\n')).not.toMatch(/博士|购房|12万元|Bob/);
  });
});
