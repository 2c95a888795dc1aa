/**
 * Requests that must not hurt the bot: a signed body that is `null`, a form whose payload is
 * `null`, bodies over the 1 MB limit (declared or streamed), and requests while it stops.
 * Each gets a 4xx or 503, and the bot goes on answering. Real Bolt HTTP receiver on loopback.
 */
import { request } from 'node:http';
import { LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Answer, Respond } from '../src/answer/types.js';
import { appMention, eventEnvelope, postSigned, startBot, TEST_SIGNING_SECRET as SECRET, type RunningBot } from './slackHarness.js';

const echo: Respond = (user, text) =>
  ({
    user,
    answer: `答：${text}`,
    citations: [],
    amounts: [],
    outOfScope: false,
    followUp: [],
    validity: { from: '2019-07-04', to: '2021-12-31', inForce: false, asOf: '2026-11-28' },
  }) satisfies Answer;

/** POSTs `size` bytes to `url`, declared with Content-Length or chunked; resolves with the status. */
function postLarge(url: string, size: number, chunked: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': String(size) }) },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    // The bot closes the connection once it has answered; the rest of the upload fails then.
    req.on('error', (err) => setTimeout(() => reject(err), 1000));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('Slack HTTP requests that must not hurt the bot', () => {
  let bot: RunningBot;
  const logged: string[] = [];
  const logger = {
    debug: () => {},
    info: () => {},
    warn: (...m: unknown[]) => void logged.push(m.join(' ')),
    error: (...m: unknown[]) => void logged.push(m.join(' ')),
    setLevel: () => {},
    getLevel: () => LogLevel.WARN,
    setName: () => {},
  };
  let seq = 0;
  const stillAnswers = async () => {
    seq += 1;
    const ts = `17000${String(seq).padStart(5, '0')}.000200`;
    const res = await postSigned(bot.events, SECRET, eventEnvelope(appMention({ user: 'U1', channel: 'C1', text: '第9条', ts })));
    expect(res.status).toBe(200);
    expect(bot.fake.posts().at(-1)?.args.thread_ts).toBe(ts);
  };

  beforeAll(async () => {
    bot = await startBot(echo, { logger });
  });

  afterAll(async () => {
    await bot?.stop();
  });

  beforeEach(() => {
    logged.length = 0;
  });

  describe('null bodies', () => {
    it('refuses a signed JSON body that is null with 400, logs one line, and keeps answering', async () => {
      const res = await postSigned(bot.events, SECRET, 'null');
      expect(res.status).toBe(400);
      expect(logged).toEqual([expect.stringMatching(/malformed request: its JSON body is null/)]);
      await stillAnswers();
    });

    it('refuses a signed form with payload=null with 400 and keeps answering', async () => {
      const res = await postSigned(bot.events, SECRET, 'payload=null', { contentType: 'application/x-www-form-urlencoded' });
      expect(res.status).toBe(400);
      expect(logged).toEqual([expect.stringMatching(/malformed request: its form's payload is null/)]);
      await stillAnswers();
    });

    it.each(['[]', '42', '"text"', 'true'])('refuses a signed JSON body %s with 400', async (body) => {
      expect((await postSigned(bot.events, SECRET, body)).status).toBe(400);
    });

    it('still answers an unsigned null body with 4xx', async () => {
      const res = await postSigned(bot.events, 'not-the-secret', 'null');
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      await stillAnswers();
    });
  });

  describe('bodies over 1 MB', () => {
    it('refuses a 4 MB unsigned body declared by Content-Length with 413', async () => {
      expect(await postLarge(bot.events, 4_000_000, false)).toBe(413);
      await stillAnswers();
    });

    it('refuses a 2 MB chunked body with 413 once the limit is passed', async () => {
      expect(await postLarge(bot.events, 2_000_000, true)).toBe(413);
      await stillAnswers();
    });

    it('takes a body just under the limit as usual (401 when unsigned)', async () => {
      expect(await postLarge(bot.events, 1024 * 1024 - 1024, false)).toBe(401);
    });
  });
});
