/**
 * 👍 and 👎 on Slack (issue 12, part 2): through the real Bolt HTTP receiver with signed requests,
 * the real core and the fake Web API on loopback. Production's receiver acknowledges before the
 * listener runs (processBeforeResponse off), and so does this bot: a click is acknowledged while
 * the thanks is still held at the fake, and recorded against the answer's id.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { FEEDBACK_ACTIONS, renderSlack, SLACK_LIMITS, type SlackButton } from '../src/answer/render/slack.js';
import type { Answer } from '../src/answer/types.js';
import { computeReview } from '../src/review/compute.js';
import { RANKINGS, rankingPipeline } from './clarifyRanking.js';
import { memoryLog, type MemoryLog } from './feedbackLog.js';
import {
  appMention,
  buttonClick,
  buttonsIn,
  eventEnvelope,
  imMessage,
  postedText,
  postSigned,
  startBot,
  TEST_SIGNING_SECRET,
  type RunningBot,
} from './slackHarness.js';

const FORM = 'application/x-www-form-urlencoded';
const LOW = '别人抄我们的专利咋整';


describe('Slack: 👍 and 👎 under every answer', () => {
  let bot: RunningBot;
  let log: MemoryLog;
  /** The id of the answer the last turn recorded. */
  const lastAnswerId = () => log.records.filter((r) => r.kind === 'turn').at(-1)!.answerId;
  let seq = 0;
  const ts = () => `1700001${String(++seq).padStart(3, '0')}.000100`;

  beforeAll(async () => {
    log = memoryLog('slack');
    const respond = createResponder({ pipeline: rankingPipeline(RANKINGS), log: log.log });
    bot = await startBot(respond, { asOf: '2021-06-30', processBeforeResponse: false, recordFeedback: log.log.recordFeedback });
  });
  afterAll(async () => {
    await bot?.stop();
  });
  beforeEach(() => {
    bot.fake.calls.length = 0;
    log.records.length = 0;
  });

  const send = async (body: string, contentType?: string) => {
    const res = await postSigned(bot.events, TEST_SIGNING_SECRET, body, contentType ? { contentType } : {});
    expect(res.status).toBe(200);
  };
  const click = (opts: { user: string; channel: string; button: SlackButton; thread?: string; id: string }) =>
    buttonClick({
      user: opts.user, channel: opts.channel, responseUrl: bot.fake.responseUrl(opts.id),
      message: { ts: ts(), ...(opts.thread ? { thread_ts: opts.thread } : {}) },
      action: { action_id: opts.button.action_id, value: opts.button.value, text: opts.button.text.text, block_id: 'feedback' },
    });

  it('a 👎 click is acknowledged within 3 s without waiting for the Web API, recorded against the answer, shown in the report, and thanked ephemerally', async () => {
    await send(eventEnvelope(imMessage({ user: 'U1', channel: 'D1', text: '博士购房补贴多少', ts: ts() })));
    const [answer] = await bot.fake.waitForPosts(1);
    const [up, down] = buttonsIn(answer!, 'feedback');
    expect(up!.action_id).toBe(FEEDBACK_ACTIONS.up);
    expect(down!.action_id).toBe(FEEDBACK_ACTIONS.down);
    const id = lastAnswerId();
    expect(down!.value).toBe(id);

    const release = bot.fake.hold('response_url');
    const started = Date.now();
    const res = await postSigned(bot.events, TEST_SIGNING_SECRET, click({ user: 'U1', channel: 'D1', button: down!, id: 'fb1' }), { contentType: FORM });
    const acknowledged = Date.now() - started;
    expect(res.status).toBe(200);
    expect(acknowledged).toBeLessThan(3000);
    // The acknowledgement came while the thanks was still held at the Web API.
    expect(bot.fake.posts().filter((c) => c.method === 'response_url')).toEqual([]);

    const [record] = await log.waitForFeedback(1);
    expect(record).toMatchObject({ kind: 'feedback', channel: 'slack', answerId: id, value: 'down' });
    expect(record!.conversation).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(log.records)).not.toContain('U1');

    // And the report shows it: one 👎, on this answer, with the question asked.
    const report = computeReview(log.records);
    expect(report.totals.feedbackDown).toBe(1);
    expect(report.downAnswers).toEqual([expect.objectContaining({ answerId: id, text: '博士购房补贴多少' })]);

    release();
    const [, thanks] = await bot.fake.waitForPosts(2);
    expect(thanks!.method).toBe('response_url');
    expect(thanks!.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(postedText(thanks!)).toContain('谢谢您的反馈');
  });

  it('a 👍 click in a thread records "up" against the answer in that thread', async () => {
    const mention = ts();
    await send(eventEnvelope(appMention({ user: 'U2', channel: 'C1', text: '第17条讲什么', ts: mention })));
    const [answer] = await bot.fake.waitForPosts(1);
    const [up] = buttonsIn(answer!, 'feedback');
    await send(click({ user: 'U2', channel: 'C1', button: up!, thread: mention, id: 'fb2' }), FORM);
    const [record] = await log.waitForFeedback(1);
    expect(record).toMatchObject({ kind: 'feedback', channel: 'slack', answerId: lastAnswerId(), value: 'up' });
    const [, thanks] = await bot.fake.waitForPosts(2);
    expect(thanks!.method).toBe('response_url');
  });

  it('refuses a click whose signature is forged: nothing recorded, nothing posted', async () => {
    await send(eventEnvelope(imMessage({ user: 'U3', channel: 'D3', text: '高企奖励多少', ts: ts() })));
    const [answer] = await bot.fake.waitForPosts(1);
    const [, down] = buttonsIn(answer!, 'feedback');
    const res = await postSigned(bot.events, 'forged-secret', click({ user: 'U3', channel: 'D3', button: down!, id: 'fb3' }), { contentType: FORM });
    expect(res.status).toBe(401);
    // A genuine click after it is recorded, and is the only record: the forged one left none.
    await send(click({ user: 'U3', channel: 'D3', button: down!, id: 'fb3b' }), FORM);
    await log.waitForFeedback(1);
    expect(log.feedback()).toHaveLength(1);
    await bot.fake.waitForPosts(2);
    expect(bot.fake.posts().filter((c) => c.method === 'response_url')).toHaveLength(1);
  });

  it('keeps the clarify buttons working beside the feedback buttons', async () => {
    await send(eventEnvelope(imMessage({ user: 'U4', channel: 'D4', text: LOW, ts: ts() })));
    const [offer] = await bot.fake.waitForPosts(1);
    const options = buttonsIn(offer!, 'clarify');
    expect(options).toHaveLength(3);
    expect(buttonsIn(offer!, 'feedback')).toHaveLength(2);
    await send(buttonClick({
      user: 'U4', channel: 'D4', message: { ts: ts() }, responseUrl: bot.fake.responseUrl('c4'),
      action: { action_id: options[1]!.action_id, value: options[1]!.value, text: options[1]!.text.text },
    }), FORM);
    const [, answer] = await bot.fake.waitForPosts(2);
    expect(postedText(answer!)).toContain('知识产权质押贷款贴息：按第13条');
    expect(log.feedback()).toEqual([]);
  });
});

describe('renderSlack: feedback buttons', () => {
  const base: Answer = {
    user: 'u', answer: '答', citations: [], amounts: [], outOfScope: false, followUp: [],
    validity: { from: '2019-07-04', to: '2021-12-31', inForce: true, asOf: '2021-06-30' },
  };

  it('offers none on an answer without an id (no log to record a click in)', () => {
    expect(renderSlack(base).blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('keeps them, last, within 50 blocks and 75-character buttons, however long the answer', () => {
    const { blocks } = renderSlack({ ...base, id: 'x'.repeat(40), answer: '很长的回答。'.repeat(40_000) });
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    const last = blocks.at(-1)!;
    expect(last.type === 'actions' && last.block_id).toBe('feedback');
    for (const b of last.type === 'actions' ? last.elements : []) {
      expect(Array.from(b.text.text).length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
      expect(b.value).toBe('x'.repeat(40));
    }
  });
});
