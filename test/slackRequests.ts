/** Requests in Slack's real shapes, signed as Slack signs them (v0 HMAC-SHA256 of `v0:${ts}:${body}`). */
import { createHmac } from 'node:crypto';
import { BOT_USER_ID, TEAM_ID, type RecordedCall } from './slackFakeApi.js';

export interface SignOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Replaces the computed signature. */
  signature?: string;
  retryNum?: number;
  contentType?: string;
}

/** Slack's v0 request signature. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POSTs `body` to `url` signed as Slack signs it; returns status and body text. */
export async function postSigned(url: string, secret: string, body: string, options: SignOptions = {}) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? sign(secret, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}

let eventSeq = 0;

/** An Events API envelope around `event`, as Slack delivers it. */
export function eventEnvelope(event: Record<string, unknown>, eventId = `Ev${String(++eventSeq).padStart(8, '0')}`) {
  return JSON.stringify({
    token: 'verification-token-unused',
    team_id: TEAM_ID,
    api_app_id: 'A0000001',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

/** An `app_mention` event: `text` is what follows the bot's mention. */
export function appMention(opts: { user: string; channel: string; text: string; ts: string; thread_ts?: string }) {
  return {
    type: 'app_mention',
    user: opts.user,
    text: `<@${BOT_USER_ID}> ${opts.text}`,
    ts: opts.ts,
    channel: opts.channel,
    team: TEAM_ID,
    ...(opts.thread_ts ? { thread_ts: opts.thread_ts } : {}),
  };
}

/** A direct message (`message.im`). */
export function imMessage(opts: { user: string; channel: string; text: string; ts: string; thread_ts?: string }) {
  return {
    type: 'message',
    channel_type: 'im',
    user: opts.user,
    text: opts.text,
    ts: opts.ts,
    channel: opts.channel,
    team: TEAM_ID,
    ...(opts.thread_ts ? { thread_ts: opts.thread_ts } : {}),
  };
}

/** A slash command as Slack posts it: form-encoded. */
export function slashCommand(opts: { user: string; channel: string; text: string; responseUrl: string }) {
  return new URLSearchParams({
    token: 'verification-token-unused',
    team_id: TEAM_ID,
    team_domain: 'test',
    channel_id: opts.channel,
    channel_name: 'general',
    user_id: opts.user,
    user_name: 'asker',
    command: '/policy',
    text: opts.text,
    api_app_id: 'A0000001',
    is_enterprise_install: 'false',
    response_url: opts.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

/** Concatenates every text in a posted message (fallback text and blocks), for content checks. */
export function postedText(call: RecordedCall): string {
  const parts: string[] = [String(call.args.text ?? '')];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (k === 'text' && typeof x === 'string') parts.push(x);
      else walk(x);
    }
  };
  walk(call.args.blocks);
  return parts.join('\n');
}


/**
 * A click on a button of a message the bot posted, as Slack posts it (block_actions, form-encoded
 * as `payload=<json>`). `message` is the bot's post (its ts, and its thread_ts when it sat in a thread).
 */
export function buttonClick(opts: {
  user: string;
  channel: string;
  message: { ts: string; thread_ts?: string; text?: string };
  action: { action_id: string; value: string; text: string; block_id?: string };
  responseUrl: string;
  ephemeral?: boolean;
}) {
  const payload = {
    type: 'block_actions',
    user: { id: opts.user, username: 'asker', name: 'asker', team_id: TEAM_ID },
    api_app_id: 'A0000001',
    token: 'verification-token-unused',
    container: {
      type: 'message',
      message_ts: opts.message.ts,
      channel_id: opts.channel,
      is_ephemeral: opts.ephemeral ?? false,
      ...(opts.message.thread_ts ? { thread_ts: opts.message.thread_ts } : {}),
    },
    trigger_id: '1.2.3',
    team: { id: TEAM_ID, domain: 'test' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: opts.channel, name: 'directmessage' },
    ...(opts.ephemeral
      ? {}
      : { message: { type: 'message', user: BOT_USER_ID, bot_id: 'BBOT0001', text: opts.message.text ?? '', ts: opts.message.ts, ...(opts.message.thread_ts ? { thread_ts: opts.message.thread_ts } : {}) } }),
    state: { values: {} },
    response_url: opts.responseUrl,
    actions: [{
      type: 'button',
      action_id: opts.action.action_id,
      block_id: opts.action.block_id ?? 'clarify',
      text: { type: 'plain_text', text: opts.action.text, emoji: false },
      value: opts.action.value,
      action_ts: '1700000200.000200',
    }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
