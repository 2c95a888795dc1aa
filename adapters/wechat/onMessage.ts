/**
 * The `message` event: decide whether a message is for the bot, ask the core, send the answer.
 * Private chat: every message. Group: only messages that @mention the bot. The policy knowledge
 * all lives in respond(); this file only routes and renders.
 */
import { types, type Message } from 'wechaty';
import { renderWechat } from '../../src/answer/render/wechat.js';
import type { Respond } from '../../src/answer/types.js';
import type { Logger } from './log.js';
import { stripMentions } from './mention.js';
import { REPLIES } from './messages.js';
import type { KeyedQueue } from './queue.js';
import type { RateLimiter } from './rateLimit.js';

export interface MessageHandlerDeps {
  respond: Respond;
  /** YYYY-MM-DD passed to every respond() call; today when absent. */
  asOf?: string;
  limiter: RateLimiter;
  queue: KeyedQueue;
  log: Logger;
  /** Characters per WeChat message; the renderer's default when absent. */
  maxChars?: number;
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

/** The handler for `bot.on('message')`. Replies for one conversation are sent in order. */
export function createMessageHandler(deps: MessageHandlerDeps): (msg: Message) => Promise<void> {
  return (msg) => {
    // Taken before any await so the queue sees messages in the order they arrived.
    if (msg.self()) return Promise.resolve();
    const key = conversationKey(msg.talker().id, msg.room()?.id);
    return deps.queue.run(key, () => handle(msg, key, deps));
  };
}

async function handle(msg: Message, key: string, deps: MessageHandlerDeps): Promise<void> {
  const room = msg.room();
  const talker = msg.talker();
  if (talker.type() === types.Contact.Official) return; // 公众号 pushes are not questions
  if (SILENT_TYPES.has(msg.type()) || msg.age() > MAX_AGE_SECONDS) return;
  if (room && !(await msg.mentionSelf())) return;

  // In a group the first part @-mentions the asker, so the answer is visibly theirs.
  const send = async (text: string, first: boolean): Promise<void> => {
    if (room) await (first ? room.say(text, talker) : room.say(text));
    else await talker.say(text);
  };

  try {
    const verdict = deps.limiter.check(talker.id);
    if (verdict === 'drop') return;
    if (verdict === 'notify') return await send(REPLIES.rateLimited, true);
    if (msg.type() !== types.Message.Text) return await send(REPLIES.textOnly, true);

    const question = room ? await groupQuestion(msg) : msg.text();
    const answer = deps.respond(key, question, deps.asOf ? { asOf: deps.asOf } : undefined);
    const parts = renderWechat(answer, deps.maxChars ? { maxChars: deps.maxChars } : {});
    for (const [i, part] of parts.entries()) await send(part, i === 0);
  } catch (err) {
    // The error may carry the question's text, so only its kind is logged.
    deps.log.error('reply failed', err, { detail: false });
    await send(REPLIES.failed, true).catch((sendErr: unknown) => deps.log.error('send failed', sendErr));
  }
}

/** The group message without the bot's @mention, by its name and its nickname in the group. */
async function groupQuestion(msg: Message): Promise<string> {
  const self = msg.wechaty.currentUser;
  const alias = (await msg.room()?.alias(self)) ?? '';
  return stripMentions(await msg.mentionText(), [alias, self.name()]);
}
