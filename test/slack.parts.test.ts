/** The Slack adapter's small parts: settings, incoming text, conversation keys, retry memory. */
import { describe, expect, it, vi } from 'vitest';
import { conversationKey } from '../adapters/slack/conversationKey.js';
import { run } from '../adapters/slack/main.js';
import { questionFromSlack } from '../adapters/slack/incomingText.js';
import { RecentEvents } from '../adapters/slack/recentEvents.js';
import { readSettings } from '../adapters/slack/settings.js';

const base = { SLACK_BOT_TOKEN: 'xoxb-secret-token', SLACK_SIGNING_SECRET: 'secret-signing' };

describe('readSettings', () => {
  it('defaults to HTTP mode on port 3000', () => {
    expect(readSettings(base)).toEqual({
      ok: true,
      settings: { botToken: 'xoxb-secret-token', signingSecret: 'secret-signing', mode: 'http', port: 3000 },
    });
  });

  it('uses Socket Mode when SLACK_APP_TOKEN is set', () => {
    const r = readSettings({ ...base, SLACK_APP_TOKEN: 'xapp-1-A1-1-abc' });
    expect(r.ok && r.settings.mode).toBe('socket');
  });

  it('reads PORT, HOST, SLACK_API_URL (adding the trailing slash) and POLICY_AS_OF', () => {
    const r = readSettings({ ...base, PORT: '8080', HOST: '127.0.0.1', SLACK_API_URL: 'http://127.0.0.1:9/api', POLICY_AS_OF: '2020-06-01' });
    expect(r).toMatchObject({ ok: true, settings: { port: 8080, host: '127.0.0.1', slackApiUrl: 'http://127.0.0.1:9/api/', asOf: '2020-06-01' } });
  });

  it.each([
    [{ SLACK_SIGNING_SECRET: 'y' }, 'SLACK_BOT_TOKEN is missing'],
    [{ SLACK_BOT_TOKEN: 'x' }, 'SLACK_SIGNING_SECRET is missing'],
    [{ ...base, SLACK_SIGNING_SECRET: '' }, 'SLACK_SIGNING_SECRET is missing'],
    [{ ...base, SLACK_BOT_TOKEN: 'xoxb a' }, 'SLACK_BOT_TOKEN is malformed'],
    [{ ...base, SLACK_APP_TOKEN: 'xoxb-not-an-app-token' }, 'SLACK_APP_TOKEN is malformed'],
    [{ ...base, PORT: 'http' }, 'PORT is malformed'],
    [{ ...base, PORT: '65536' }, 'PORT is malformed'],
    [{ ...base, SLACK_API_URL: 'slack.com/api' }, 'SLACK_API_URL is malformed'],
    [{ ...base, POLICY_AS_OF: '2021-02-30' }, 'POLICY_AS_OF is malformed'],
    [{ ...base, POLICY_AS_OF: '28.11.2026' }, 'POLICY_AS_OF is malformed'],
  ])('%j → "%s"', (env, expected) => {
    const r = readSettings(env);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain(expected);
    expect(r.message).not.toContain('\n');
  });

  it('never repeats a value in its message', () => {
    const r = readSettings({ SLACK_BOT_TOKEN: 'xoxb leaked', SLACK_SIGNING_SECRET: 'also leaked', SLACK_APP_TOKEN: 'leaked-too' });
    expect(!r.ok && r.message).not.toMatch(/leaked/);
  });
});

describe('questionFromSlack', () => {
  it.each([
    ['<@UBOT0001> 博士购房补贴最多多少', '博士购房补贴最多多少'],
    ['<@UBOT0001|policybot>   第17条 ', '第17条'],
    ['A &amp; B &lt;C&gt;', 'A & B <C>'],
    ['&amp;lt;', '&lt;'],
    ['<!here> 第9条', '第9条'],
    ['看 <#C123|general> 的 <https://example.com/a|链接> 和 <https://example.com/b>', '看 #general 的 链接 和 https://example.com/b'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(questionFromSlack(input)).toBe(expected));

  it('treats a missing text as empty', () => expect(questionFromSlack(undefined)).toBe(''));
});

describe('conversationKey', () => {
  it('separates users, channels and threads, and workspaces', () => {
    const keys = [
      conversationKey({ team: 'T1', user: 'U1', channel: 'C1' }),
      conversationKey({ team: 'T1', user: 'U2', channel: 'C1' }),
      conversationKey({ team: 'T1', user: 'U1', channel: 'C2' }),
      conversationKey({ team: 'T1', user: 'U1', channel: 'C1', thread: '1.1' }),
      conversationKey({ team: 'T2', user: 'U1', channel: 'C1' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('RecentEvents', () => {
  it('says first time once per id', () => {
    const recent = new RecentEvents();
    expect([recent.firstTime('Ev1'), recent.firstTime('Ev1'), recent.firstTime('Ev2')]).toEqual([true, false, true]);
  });

  it('forgets an id after its time to live', () => {
    let now = 0;
    const recent = new RecentEvents({ ttlMs: 1000, now: () => now });
    recent.firstTime('Ev1');
    now = 999;
    expect(recent.firstTime('Ev1')).toBe(false);
    now = 1001;
    expect(recent.firstTime('Ev1')).toBe(true);
  });

  it('keeps at most max ids, forgetting the oldest', () => {
    const recent = new RecentEvents({ max: 100 });
    for (let i = 0; i < 10_000; i += 1) recent.firstTime(`Ev${i}`);
    expect(recent.size).toBe(100);
    expect(recent.firstTime('Ev9999')).toBe(false);
    expect(recent.firstTime('Ev0')).toBe(true);
  });
});

describe('run (arguments and settings, before anything connects)', () => {
  const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };

  async function runCaptured(args: string[], env: NodeJS.ProcessEnv) {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
    try {
      return { code: await run(args, env), stderr: lines.join('') };
    } finally {
      spy.mockRestore();
    }
  }

  it.each([
    [['--as-of', '2021-13-01'], base, 2, 'POLICY_AS_OF is malformed'],
    [['--as-of=2021-02-29'], base, 2, 'POLICY_AS_OF is malformed'],
    [['--as-of', '2020-01-01'], { SLACK_BOT_TOKEN: 'x' }, 2, 'SLACK_SIGNING_SECRET is missing'],
    [['--verbose'], base, 2, 'unknown argument "--verbose"'],
    [['--as-of'], base, 2, '--as-of needs a date'],
    [['--help'], base, 0, 'usage: policy-bot slack'],
  ])('%j → exit %i with one line', async (args, env, code, text) => {
    const result = await runCaptured(args, env);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(text);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
