/**
 * The `message` event: decide whether a message is for the bot, ask the core, send the answer.
 * Private chat: every message. Group: only messages that @mention the bot. The policy knowledge
 * all lives in respond(); this file only routes and renders.
 */
import { types, type Message } from 'wechaty';
import { renderWechat } from '../../src/answer/render/wechat.js';
import type { Respond } from '../../src/answer/types.js';
import type { RecordFeedback } from '../../src/feedback/types.js';
import { feedbackThanks, feedbackValue } from '../../src/feedback/words.js';
import type { FeedbackMemory } from './feedback.js';
import type { Logger } from './log.js';
import { stripMentions } from './mention.js';
import { REPLIES } from './messages.js';
import type { KeyedQueue } from './queue.js';
import type { RateLimiter } from './rateLimit.js';
import type { AsyncRespond } from '../../src/state/respond.js';

export interface MessageHandlerDeps {
  /** The core: synchronous with the memory store, asynchronous with a shared one (src/state). */
  respond: Respond | AsyncRespond;
  /** YYYY-MM-DD passed to every respond() call; today when absent. */
  asOf?: string;
  limiter: RateLimiter;
  queue: KeyedQueue;
  log: Logger;
  /** Characters per WeChat message; the renderer's default when absent. */
  maxChars?: number;
  /** Each conversation's last answer, which a word of feedback is about. */
  feedback: FeedbackMemory;
  /** Where feedback goes (the conversation log); thanked but not kept when absent. */
  recordFeedback?: RecordFeedback;
}

/**
 * Messages older than this are a backlog some puppets replay at login; answering them minutes
 * late would confuse more than help.
 */
const MAX_AGE_SECONDS = 120;

/** No reply at all: these are notices, not something a person sent to be read. */
const SILENT_TYPES: ReadonlySet<types.Message> = new Set([
  types.Message.Unknown,
  types.Message.Recalled,
  types.Message.GroupNote,
]);

/** The user id given to respond(): the contact in a private chat, room + contact in a group. */
export function conversationKey(contactId: string, roomId?: string): string {
  return roomId ? `wechat:${roomId}:${contactId}` : `wechat:${contactId}`;
}

/**
 * Where replies queue: the whole group, or the contact in a private chat. One queue per group (not
 * per member) keeps a member's answer parts together: with a queue per member, 30 members asking at
 * once had their parts interleaved. Each conversation's order follows, since it lives in one chat.
 */
export function sendQueueKey(contactId: string, roomId?: string): string {
  return roomId ? `room:${roomId}` : `contact:${contactId}`;
}

/** The handler for `bot.on('message')`. Replies in one chat are sent in the order asked. */
export function createMessageHandler(deps: MessageHandlerDeps): (msg: Message) => Promise<void> {
  return (msg) => {
    // Taken before any await so the queue sees messages in the order they arrived.
    if (msg.self()) return Promise.resolve();
    const room = msg.room()?.id;
    const key = conversationKey(msg.talker().id, room);
    return deps.queue.run(sendQueueKey(msg.talker().id, room), () => handle(msg, key, deps));
  };
}

async function handle(msg: Message, key: string, deps: MessageHandlerDeps): Promise<void> {
  const room = msg.room();
  const talker = msg.talker();
  if (talker.type() === types.Contact.Official) return; // 公众号 pushes are not questions
  if (SILENT_TYPES.has(msg.type()) || msg.age() > MAX_AGE_SECONDS) return;
  if (room && !(await msg.mentionSelf())) return;

  // In a group every part @-mentions the asker: part 2 must still say whose answer it is when
  // people talk between the parts, and WeChat's "有人@我" then leads the asker to each of them.
  const send = async (text: string): Promise<void> => {
    if (room) await room.say(text, talker);
    else await talker.say(text);
  };

  try {
    const verdict = await deps.limiter.check(talker.id);
    if (verdict === 'drop') return;
    if (verdict === 'notify') return await send(REPLIES.rateLimited);
    if (msg.type() !== types.Message.Text) return await send(REPLIES.textOnly);

    const question = room ? await groupQuestion(msg) : msg.text();
    if (await tookFeedback(key, question, deps, send)) return;
    deps.feedback.forget(key); // until this message is answered, there is nothing to give feedback on
    const answer = await deps.respond(key, question, deps.asOf ? { asOf: deps.asOf } : undefined);
    deps.feedback.answered(key, answer.id);
    const parts = renderWechat(answer, deps.maxChars ? { maxChars: deps.maxChars } : {});
    for (const part of parts) await send(part);
  } catch (err) {
    // The error may carry the question's text, so only its kind is logged.
    deps.log.error('reply failed', err, { detail: false });
    await send(REPLIES.failed).catch((sendErr: unknown) => deps.log.error('send failed', sendErr));
  }
}

/**
 * "有用", "没用", 👍 or 👎 right after an answer: recorded against that answer and thanked, not asked
 * as a question. True when the message was taken as feedback.
 */
async function tookFeedback(key: string, text: string, deps: MessageHandlerDeps, send: (text: string) => Promise<void>): Promise<boolean> {
  const value = feedbackValue(text);
  if (!value) return false;
  const target = deps.feedback.feedback(key, value);
  if (!target) return false;
  if (target.record && target.answerId) {
    try {
      deps.recordFeedback?.({ channel: 'wechat', conversation: key, answerId: target.answerId, value });
    } catch (err) {
      // A log that cannot be written must not cost the asker the thanks.
      deps.log.error('feedback not recorded', err, { detail: false });
    }
  }
  await send(feedbackThanks(value));
  return true;
}

/** The group message without the bot's @mention, by its name and its nickname in the group. */
async function groupQuestion(msg: Message): Promise<string> {
  const self = msg.wechaty.currentUser;
  const alias = (await msg.room()?.alias(self)) ?? '';
  return stripMentions(await msg.mentionText(), [alias, self.name()]);
}
