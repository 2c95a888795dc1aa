/**
 * Clarify answers on WeChat (issue 11, part 3): the options as a numbered list, and a reply of
 * "2" picks option 2. On wechaty-puppet-mock with the real core and a stand-in ranking.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { RANKINGS, rankingPipeline } from './clarifyRanking.js';
import { startHarness, type Harness } from './wechat-harness.js';

const MENTION = '\u2005';
const LOW = '别人抄我们的专利咋整';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
const start = async (): Promise<Harness> => {
  h = await startHarness({ respond: createResponder({ pipeline: rankingPipeline(RANKINGS) }), asOf: '2021-06-30' });
  return h;
};

describe('WeChat: clarify as a numbered list', () => {
  it('lists the options numbered, and "2" answers option 2', async () => {
    const { bob, botUser, replies, answers } = await start();
    bob.say(LOW).to(botUser);
    const [offer] = await replies(bob.id, 1);
    expect(offer).toContain('1. 加大知识产权保护力度（第20条）\n2. 知识产权质押贷款贴息（第13条）\n3. 印发日期');
    expect(answers[0]?.clarify).toHaveLength(3);

    bob.say('2').to(botUser);
    const [, answer] = await replies(bob.id, 2);
    expect(answer).toContain('知识产权质押贷款贴息：按【第13条】');
  });

  it('in a group, the asker picks by mentioning the bot with the number; another member\'s "3" is their own', async () => {
    const { bob, alice, botUser, room, to, answered, answers } = await start();
    bob.say(`@政策助手${MENTION}${LOW}`, [botUser]).to(room);
    await answered(1);
    alice.say(`@政策助手${MENTION}3`, [botUser]).to(room);
    await answered(2);
    expect(answers[1]?.citations).not.toEqual(['notice']);
    bob.say(`@政策助手${MENTION}第三个`, [botUser]).to(room);
    await answered(3);
    expect(answers[2]?.citations).toEqual(['notice']);
    expect(to(room.id).join('\n')).toContain('2019年7月4日印发');
  });
});
