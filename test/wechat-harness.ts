/**
 * A WeChat bot on wechaty-puppet-mock, for the adapter tests: a logged-in bot account, two
 * people and a group, and a record of what the bot sent where, in the order it sent it.
 * No network: the mock puppet lives in this process.
 */
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import type { Answer, Respond } from '../src/answer/types.js';
import type { RecordFeedback } from '../src/feedback/types.js';
import { createWechatBot, type WechatBot } from '../adapters/wechat/app.js';
import { createLogger } from '../adapters/wechat/log.js';
import { renderWechat } from '../src/answer/render/wechat.js';
import type { RateLimitOptions } from '../adapters/wechat/rateLimit.js';

export interface Sent {
  /** Room id for a group message, else the contact the bot wrote to. */
  to: string;
  text: string;
}

export interface HarnessOptions {
  respond: Respond;
  rateLimit?: RateLimitOptions;
  maxChars?: number;
  asOf?: string;
  recordFeedback?: RecordFeedback;
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

export async function startHarness(options: HarnessOptions) {
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const logs: string[] = [];
  const printed: string[] = [];
  const calls: { user: string; text: string }[] = [];
  const answers: Answer[] = [];
  const respond: Respond = (user, text, opts) => {
    calls.push({ user, text });
    const answer = options.respond(user, text, opts);
    answers.push(answer);
    return answer;
  };
  const app: WechatBot = createWechatBot({
    puppet,
    respond,
    log: createLogger((line) => logs.push(line)),
    print: (text) => printed.push(text),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.maxChars ? { maxChars: options.maxChars } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.recordFeedback ? { recordFeedback: options.recordFeedback } : {}),
  });
  await app.start();

  const botUser = mocker.createContact({ name: '政策助手' });
  const bob = mocker.createContact({ name: 'Bob' });
  const alice = mocker.createContact({ name: 'Alice' });
  const room = mocker.createRoom({ topic: '人才服务群', memberIdList: [botUser.id, bob.id, alice.id] });
  mocker.login(botUser);
  // Wechaty emits `login` once the account's contact has loaded; wait for the adapter to log it.
  await waitFor(() => app.wechaty.isLoggedIn && logs.some((l) => l.includes('logged in')), 'login');

  // The mocker reports each message on its talker synchronously, so this is the sending order.
  const sent: Sent[] = [];
  const renderOptions = options.maxChars ? { maxChars: options.maxChars } : {};
  botUser.on('message', (m: InstanceType<typeof mocker.MessageMock>) => {
    if (m.payload.talkerId !== botUser.id) return;
    const to = 'roomId' in m.payload && m.payload.roomId ? m.payload.roomId : ('listenerId' in m.payload ? m.payload.listenerId : '') ?? '';
    sent.push({ to, text: m.payload.text ?? '' });
  });

  return {
    mocker, puppet, app, botUser, bob, alice, room, sent, calls, answers, logs, printed,
    /** Messages the bot sent to `to` (a contact or room id). */
    to: (to: string) => sent.filter((s) => s.to === to).map((s) => s.text),
    /** Waits until the bot has sent `count` messages to `to` in all, and returns them. */
    async replies(to: string, count: number): Promise<string[]> {
      await waitFor(() => sent.filter((s) => s.to === to).length >= count, `${count} message(s) to ${to}`);
      return sent.filter((s) => s.to === to).map((s) => s.text);
    },
    /**
     * Waits for `count` answers from the core in all, then until every part of them has been sent
     * (for tests where the bot sends nothing but answers).
     */
    async answered(count: number): Promise<void> {
      await waitFor(() => answers.length >= count, `${count} answer(s)`);
      const parts = answers.reduce((n, a) => n + renderWechat(a, renderOptions).length, 0);
      await waitFor(() => sent.length >= parts, `${parts} message(s) in all`);
    },
    stop: () => app.stop(1000),
  };
}

/** Polls until `ok()` holds; fails with `what` after `ms`. */
export async function waitFor(ok: () => boolean, what: string, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Lets pending message events run, for tests that assert nothing was sent. */
export const settle = (ms = 300): Promise<void> => new Promise((r) => setTimeout(r, ms));
