/**
 * Feedback on WeChat (issue 12, part 2): "有用", "没用", 👍 or 👎 right after an answer, in the same
 * conversation, is feedback on that answer: recorded against its id and thanked, not asked as a
 * question. On wechaty-puppet-mock with the real core.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { memoryLog, namingAnswers, type MemoryLog } from './feedbackLog.js';
import { settle, startHarness, type Harness } from './wechat-harness.js';

const MENTION = '\u2005';

let h: Harness | undefined;
let log: MemoryLog;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
const start = async (): Promise<Harness> => {
  log = memoryLog();
  h = await startHarness({ respond: namingAnswers(createResponder()), asOf: '2021-06-30', recordFeedback: log.recordFeedback });
  return h;
};

describe('WeChat: feedback after an answer', () => {
  it('"没用" right after an answer is recorded against it and thanked, not answered as a question', async () => {
    const { bob, botUser, replies, answered, calls, answers } = await start();
    bob.say('博士购房补贴多少').to(botUser);
    await answered(1);
    const before = (await replies(bob.id, 1)).length;
    bob.say('没用').to(botUser);
    const sent = await replies(bob.id, before + 1);
    expect(sent.at(-1)).toContain('谢谢您的反馈');
    expect(calls.map((c) => c.text)).toEqual(['博士购房补贴多少']);
    const [record] = await log.waitFor(1);
    expect(record).toMatchObject({ kind: 'feedback', channel: 'wechat', answerId: answers[0]!.id, value: 'down' });
    expect(record!.conversation).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(log.records)).not.toContain(bob.id);
  });

  it('👍 and WeChat\'s own [强] count as "up"; the same word twice on one answer is recorded once', async () => {
    const { bob, botUser, replies, answered, answers } = await start();
    bob.say('第17条讲什么').to(botUser);
    await answered(1);
    const n = (await replies(bob.id, 1)).length;
    bob.say('👍').to(botUser);
    bob.say('[强]').to(botUser);
    await replies(bob.id, n + 2);
    expect(log.records).toHaveLength(1);
    expect(log.records[0]).toMatchObject({ answerId: answers[0]!.id, value: 'up' });
  });

  it('in a group, the asker\'s "@bot 没用" is feedback on their answer; another member\'s is their own message', async () => {
    const { bob, alice, botUser, room, answered, calls, answers, to } = await start();
    bob.say(`@政策助手${MENTION}高企奖励多少`, [botUser]).to(room);
    await answered(1);
    const n = to(room.id).length;
    alice.say(`@政策助手${MENTION}没用`, [botUser]).to(room);
    await answered(2); // Alice had no answer: her message goes to the core
    bob.say(`@政策助手${MENTION}没用`, [botUser]).to(room);
    await log.waitFor(1);
    expect(log.records).toHaveLength(1);
    expect(log.records[0]).toMatchObject({ channel: 'wechat', answerId: answers[0]!.id, value: 'down' });
    expect(calls).toHaveLength(2);
    await h!.replies(room.id, n + 2);
  });

  it('a feedback word with no answer before it, or a question that contains one, is asked as usual', async () => {
    const { bob, botUser, answered, calls } = await start();
    bob.say('没用').to(botUser);
    await answered(1);
    bob.say('有用吗').to(botUser);
    await answered(2);
    bob.say('没用过补贴能申请吗').to(botUser);
    await answered(3);
    expect(calls.map((c) => c.text)).toEqual(['没用', '有用吗', '没用过补贴能申请吗']);
    await settle(100);
    expect(log.records).toEqual([]);
  });
});
