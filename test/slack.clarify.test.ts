/**
 * Clarify answers on Slack (issue 11, part 3): the options are buttons, and clicking one answers
 * that option in the same conversation. Through the real Bolt HTTP receiver with signed requests
 * (an Events API message, then a block_actions payload), the real core with a stand-in ranking,
 * and the fake Web API on loopback.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { renderSlack, SLACK_LIMITS, type SlackBlock } from '../src/answer/render/slack.js';
import { RANKINGS, rankingPipeline } from './clarifyRanking.js';
import {
  appMention,
  buttonClick,
  buttonsIn,
  eventEnvelope,
  imMessage,
  postedText,
  postSigned,
  slashCommand,
  startBot,
  TEST_SIGNING_SECRET,
  type RecordedCall,
  type RunningBot,
} from './slackHarness.js';

const FORM = 'application/x-www-form-urlencoded';
const LOW = '别人抄我们的专利咋整';

function buttonsOf(call: RecordedCall) {
  return buttonsIn(call, 'clarify');
}

describe('Slack: clarify as buttons', () => {
  let bot: RunningBot;
  let seq = 0;
  const ts = () => `1700000${String(++seq).padStart(3, '0')}.000100`;

  beforeAll(async () => {
    bot = await startBot(createResponder({ pipeline: rankingPipeline(RANKINGS) }), { asOf: '2021-06-30' });
  });
  afterAll(async () => {
    await bot?.stop();
  });
  beforeEach(() => {
    bot.fake.calls.length = 0;
  });

  const send = async (body: string, contentType?: string) => {
    const res = await postSigned(bot.events, TEST_SIGNING_SECRET, body, contentType ? { contentType } : {});
    expect(res.status).toBe(200);
  };

  it('shows the options as numbered buttons, and a click answers that option in the DM', async () => {
    await send(eventEnvelope(imMessage({ user: 'U1', channel: 'D1', text: LOW, ts: ts() })));
    const [offer] = bot.fake.posts();
    const buttons = buttonsOf(offer!);
    expect(buttons.map((b) => b.text.text)).toEqual(['1. 加大知识产权保护力度（第20条）', '2. 知识产权质押贷款贴息（第13条）', '3. 印发日期']);
    expect(buttons.map((b) => b.action_id)).toEqual(['clarify_1', 'clarify_2', 'clarify_3']);
    // The buttons stand for the numbered lines: the body does not list them twice.
    const body = (offer!.args.blocks as SlackBlock[]).filter((b) => b.type === 'section').map((b) => (b.type === 'section' ? b.text?.text : '')).join('\n');
    expect(body).toContain('您想问的是哪一项');
    expect(body).not.toContain('1. 加大知识产权保护力度');

    const posted = bot.fake.posts().length;
    await send(buttonClick({
      user: 'U1', channel: 'D1', message: { ts: '1700000101.000100' }, responseUrl: bot.fake.responseUrl('r1'),
      action: { action_id: buttons[1]!.action_id, value: buttons[1]!.value, text: buttons[1]!.text.text },
    }), FORM);
    const [answer] = bot.fake.posts().slice(posted);
    expect(answer!.method).toBe('chat.postMessage');
    expect(answer!.args.channel).toBe('D1');
    expect(postedText(answer!)).toContain('知识产权质押贷款贴息：按第13条');
    expect(buttonsOf(answer!)).toEqual([]);
  });

  it('a click in a thread a mention started answers in that thread, for that conversation', async () => {
    const mention = ts();
    await send(eventEnvelope(appMention({ user: 'U2', channel: 'C1', text: LOW, ts: mention })));
    const [offer] = bot.fake.posts();
    expect(offer!.args.thread_ts).toBe(mention);
    const third = buttonsOf(offer!)[2]!;
    await send(buttonClick({
      user: 'U2', channel: 'C1', message: { ts: '1700000199.000100', thread_ts: mention }, responseUrl: bot.fake.responseUrl('r2'),
      action: { action_id: third.action_id, value: third.value, text: third.text.text },
    }), FORM);
    const answer = bot.fake.posts()[1]!;
    expect(answer.args.thread_ts).toBe(mention);
    expect(postedText(answer)).toContain('2019年7月4日印发');
  });

  it('typing the number in the thread picks too', async () => {
    const mention = ts();
    await send(eventEnvelope(appMention({ user: 'U3', channel: 'C1', text: LOW, ts: mention })));
    await send(eventEnvelope(appMention({ user: 'U3', channel: 'C1', text: '第一个', ts: ts(), thread_ts: mention })));
    expect(postedText(bot.fake.posts()[1]!)).toContain('第20条');
  });

  it('a click on the buttons of an ephemeral /policy answer is answered ephemerally through response_url', async () => {
    await send(slashCommand({ user: 'U4', channel: 'C2', text: LOW, responseUrl: bot.fake.responseUrl('cmd') }), FORM);
    const offer = await bot.fake.waitForPosts(1);
    const first = buttonsOf(offer[0]!)[0]!;
    await send(buttonClick({
      user: 'U4', channel: 'C2', message: { ts: '1700000300.000100' }, responseUrl: bot.fake.responseUrl('click'), ephemeral: true,
      action: { action_id: first.action_id, value: first.value, text: first.text.text },
    }), FORM);
    const [, answer] = await bot.fake.waitForPosts(2);
    expect(answer!.method).toBe('response_url');
    expect(answer!.args.response_type).toBe('ephemeral');
    expect(postedText(answer!)).toContain('第20条');
  });

  it('a click on an old offer still answers about that option', async () => {
    await send(eventEnvelope(imMessage({ user: 'U5', channel: 'D5', text: LOW, ts: ts() })));
    const second = buttonsOf(bot.fake.posts()[0]!)[1]!;
    await send(eventEnvelope(imMessage({ user: 'U5', channel: 'D5', text: '第17条讲什么', ts: ts() })));
    await send(buttonClick({
      user: 'U5', channel: 'D5', message: { ts: '1700000400.000100' }, responseUrl: bot.fake.responseUrl('r5'),
      action: { action_id: second.action_id, value: second.value, text: second.text.text },
    }), FORM);
    expect(postedText(bot.fake.posts()[2]!)).toContain('第13条');
  });

  it('refuses a click whose signature is wrong', async () => {
    const body = buttonClick({
      user: 'U6', channel: 'D6', message: { ts: '1700000500.000100' }, responseUrl: bot.fake.responseUrl('r6'),
      action: { action_id: 'clarify_1', value: '印发日期', text: '1. 印发日期' },
    });
    const res = await postSigned(bot.events, 'wrong-secret', body, { contentType: FORM });
    expect(res.status).toBe(401);
    expect(bot.fake.posts()).toEqual([]);
  });
});

describe('renderSlack: clarify buttons', () => {
  const base = {
    user: 'u', answer: '您想问的是哪一项？\n1. 甲\n2. 乙', citations: [], amounts: [], outOfScope: false, followUp: [],
    validity: { from: '2019-07-04', to: '2021-12-31', inForce: true, asOf: '2021-06-30' },
  };

  it('keeps a button within Slack\'s 75 characters, its value whole', () => {
    const label = '很长的选项'.repeat(30);
    const { blocks } = renderSlack({ ...base, clarify: [{ label, citation: 'item-1' }] });
    const [button] = blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(Array.from(button!.text.text).length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
    expect(button!.text.text.endsWith('…')).toBe(true);
    expect(button!.value).toBe(label);
  });

  it('adds no actions block to an answer without options', () => {
    expect(renderSlack(base).blocks.some((b) => b.type === 'actions')).toBe(false);
  });
});
