/**
 * Many members of one group asking at once, on wechaty-puppet-mock with the real core: each
 * member's answer reaches the group as one unbroken run of parts, in order, every part
 * @-mentioning its asker; conversations stay per member, and private chats do not wait on groups.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { startHarness, waitFor, type Harness } from './wechat-harness.js';

const MENTION = '\u2005'; // WeChat ends an @mention with a four-per-em space
const MEMBERS = 30;
/** Small enough that every answer below is cut into at least two parts. */
const MAX_CHARS = 120;
const QUESTIONS = ['第17条讲什么', '第16条讲什么', '第18条讲什么'];

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('a group where many members ask at once', () => {
  it(`keeps each of ${MEMBERS} members' parts together, in order, each part naming its asker`, async () => {
    h = await startHarness({ respond: createResponder(), asOf: '2026-11-28', maxChars: MAX_CHARS });
    const { mocker, botUser, answered, sent, calls } = h;
    const members = Array.from({ length: MEMBERS }, (_, i) => mocker.createContact({ name: `成员${String(i + 1).padStart(2, '0')}` }));
    const room = mocker.createRoom({ topic: '人才政策咨询群', memberIdList: [botUser.id, ...members.map((m) => m.id)] });

    // All at once: every message is in the bot's hands before the first part goes out.
    members.forEach((m, i) => m.say(`@政策助手${MENTION}${QUESTIONS[i % QUESTIONS.length]}`, [botUser]).to(room));
    await answered(MEMBERS);
    expect(new Set(calls.map((c) => c.user)).size).toBe(MEMBERS); // one conversation per member

    const parts = sent.filter((s) => s.to === room.id).map((s) => s.text);
    const askerOf = (text: string): string => /^@(成员\d\d)[\u2005 ]/u.exec(text)?.[1] ?? '(no one)';

    // Runs of consecutive parts by the same asker: one run per member means nothing was split.
    const runs: { asker: string; labels: string[] }[] = [];
    for (const part of parts) {
      const asker = askerOf(part);
      const label = /^@\S+[\u2005 ]（(\d+\/\d+)）/u.exec(part)?.[1] ?? '';
      if (runs.at(-1)?.asker === asker) runs.at(-1)?.labels.push(label);
      else runs.push({ asker, labels: [label] });
    }
    const split = runs.length - new Set(runs.map((r) => r.asker)).size;
    expect(split, `${split} answers were split by another member's parts`).toBe(0);
    expect(runs).toHaveLength(MEMBERS);
    // Every part names its asker, so part 2 read on its own still says whose answer it is.
    expect(parts.filter((p) => askerOf(p) === '(no one)')).toEqual([]);
    for (const { labels } of runs) {
      expect(labels.length).toBeGreaterThanOrEqual(2);
      expect(labels).toEqual(labels.map((_, i) => `${i + 1}/${labels.length}`));
    }
  });

  it('answers a private chat while a group is still being answered', async () => {
    h = await startHarness({ respond: createResponder(), asOf: '2026-11-28', maxChars: MAX_CHARS });
    const { mocker, botUser, bob, sent } = h;
    const members = Array.from({ length: MEMBERS }, (_, i) => mocker.createContact({ name: `成员${i + 1}` }));
    const room = mocker.createRoom({ topic: '人才政策咨询群', memberIdList: [botUser.id, ...members.map((m) => m.id)] });
    members.forEach((m) => m.say(`@政策助手${MENTION}第17条讲什么`, [botUser]).to(room));
    bob.say('第17条讲什么').to(botUser);
    await waitFor(() => sent.some((s) => s.to === bob.id), 'the private answer');
    // The private chat has its own queue: its first part went out before the group's 30 answers were done.
    const groupPartsBefore = sent.findIndex((s) => s.to === bob.id);
    await h.answered(MEMBERS + 1);
    const groupParts = sent.filter((s) => s.to === room.id).length;
    expect(groupPartsBefore).toBeLessThan(groupParts);
  });
});
