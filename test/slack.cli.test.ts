/**
 * `policy-bot slack` as a user starts it: the real CLI in a child process, in HTTP mode on
 * loopback, its Web API pointed at a local fake, answering a signed app_mention with the real core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, killAll, startCli, stopGroup } from './slackCli.js';
import { appMention, eventEnvelope, postedText, postSigned, startFakeSlackApi, type FakeSlackApi } from './slackHarness.js';

// Distinctive values, so a test can tell if one ever reaches the logs.
const TOKEN = 'xoxb-e2e-bot-token-4711';
const SECRET = 'e2e-signing-secret-0815';

afterAll(() => {
  killAll();
});

describe('policy-bot slack (the CLI)', () => {
  let fake: FakeSlackApi;

  beforeAll(async () => {
    fake = await startFakeSlackApi({ refuse: ['xoxb-revoked', 'xapp-1-revoked'] });
  });

  afterAll(async () => {
    await fake?.close();
  });

  it('answers a signed app_mention with the real core, in the thread, then stops on SIGTERM', async () => {
    const port = await freePort();
    const run = startCli({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, PORT: String(port), HOST: '127.0.0.1', SLACK_API_URL: fake.apiUrl });
    const url = (await run.printed(/listening on (http:\S+)/))[1]!;
    expect(url).toBe(`http://127.0.0.1:${port}/slack/events`);

    // Slack's 3-second limit: the event is acknowledged without waiting for the answer's post,
    // which the fake holds back until after the acknowledgement has arrived.
    const release = fake.hold('chat.postMessage');
    const mention = appMention({ user: 'U1', channel: 'C1', text: '博士购房补贴最多多少', ts: '1700000001.000100' });
    const res = await postSigned(url, SECRET, eventEnvelope(mention));
    expect(res.status).toBe(200);
    release();
    const [post] = await fake.waitForPosts(1, 20000);
    expect(post?.args).toMatchObject({ channel: 'C1', thread_ts: '1700000001.000100' });
    expect(post?.authorization).toBe(`Bearer ${TOKEN}`);
    const text = postedText(post!);
    expect(text).toContain('12万元');
    expect(text).toContain('第17条');

    stopGroup(run.child, 'SIGTERM');
    expect(await run.exit).toBe(0);
    const logs = run.stdout() + run.stderr();
    expect(logs).not.toContain(TOKEN);
    expect(logs).not.toContain(SECRET);
  });

  it('exits non-zero with one line naming a missing SLACK_SIGNING_SECRET', async () => {
    const run = startCli({ SLACK_BOT_TOKEN: TOKEN, PORT: String(await freePort()), HOST: '127.0.0.1', SLACK_API_URL: fake.apiUrl });
    const code = await run.exit;
    expect(code).not.toBe(0);
    const lines = run.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^policy-bot slack: SLACK_SIGNING_SECRET is missing/);
    expect(run.stderr()).not.toContain(TOKEN);
  });

  it('exits non-zero with one line when the Web API refuses the bot token', async () => {
    const run = startCli({ SLACK_BOT_TOKEN: 'xoxb-revoked', SLACK_SIGNING_SECRET: SECRET, PORT: String(await freePort()), HOST: '127.0.0.1', SLACK_API_URL: fake.apiUrl });
    expect(await run.exit).toBe(1);
    expect(run.stderr().trimEnd().split('\n')).toEqual([
      `policy-bot slack: SLACK_BOT_TOKEN was refused by the Slack Web API at ${fake.apiUrl} (invalid_auth)`,
    ]);
  });

  it('exits non-zero naming SLACK_APP_TOKEN when Socket Mode is refused', async () => {
    const run = startCli({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: 'xapp-1-revoked', SLACK_API_URL: fake.apiUrl });
    expect(await run.exit).toBe(1);
    // Bolt logs its own error line first; ours, last, says which setting to fix.
    expect(run.stderr().trimEnd().split('\n').at(-1)).toBe(
      `policy-bot slack: SLACK_APP_TOKEN was refused by the Slack Web API at ${fake.apiUrl} (invalid_auth)`,
    );
    expect(run.stderr()).not.toContain('xapp-1-revoked');
  });

  it('exits non-zero with one line when SLACK_API_URL cannot be reached', async () => {
    const dead = `http://127.0.0.1:${await freePort()}/api/`;
    const run = startCli({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, PORT: String(await freePort()), HOST: '127.0.0.1', SLACK_API_URL: dead });
    expect(await run.exit).toBe(1);
    const lines = run.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`could not reach the Slack Web API at ${dead}`);
  });
});
