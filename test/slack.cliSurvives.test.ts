/**
 * `policy-bot slack` (the real process) on a bad day: a password in SLACK_API_URL, signed
 * requests whose body is `null`, a post the Web API refuses, and a stop signal while a reply is
 * still being posted. It never prints a secret, never dies of a request, logs an undelivered
 * reply with its conversation key, and on SIGTERM finishes the reply under way and exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, killAll, startCli, startHttpCli, stopGroup, until, type CliRun } from './slackCli.js';
import { appMention, eventEnvelope, postSigned, startFakeSlackApi, TEAM_ID, type FakeSlackApi } from './slackHarness.js';

// Distinctive values, so a test can tell if one ever reaches the output.
const TOKEN = 'xoxb-survive-token-5521';
const SECRET = 'survive-signing-secret-7340';
const PASSWORD = 'hunter2-pass-9931';

afterAll(() => {
  killAll();
});

const output = (run: CliRun) => run.stdout() + run.stderr();

describe('policy-bot slack on a bad day (the CLI)', () => {
  let fake: FakeSlackApi;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
  });

  afterAll(async () => {
    await fake?.close();
  });

  it('refuses a SLACK_API_URL with a password in one line (exit 2), without printing the password', async () => {
    const apiUrl = fake.apiUrl.replace('http://', `http://policybot:${PASSWORD}@`);
    const run = startCli({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: apiUrl, PORT: String(await freePort()), HOST: '127.0.0.1' });
    expect(await run.exit).toBe(2);
    expect(run.stderr().trimEnd().split('\n')).toEqual([expect.stringMatching(/^policy-bot slack: SLACK_API_URL must not contain a user name or password/)]);
    expect(output(run)).not.toContain(PASSWORD);
    expect(output(run)).not.toContain(TOKEN);
  }, 60_000);

  describe('a running bot', () => {
    let run: CliRun;
    let url: string;
    let seq = 0;
    const mention = () => {
      seq += 1;
      const ts = `17200${String(seq).padStart(5, '0')}.000100`;
      return { ts, body: eventEnvelope(appMention({ user: 'U1', channel: 'C1', text: '博士购房补贴最多多少', ts })) };
    };

    beforeAll(async () => {
      ({ run, url } = await startHttpCli({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl }));
    }, 60_000);

    afterAll(() => {
      if (run) stopGroup(run.child, 'SIGKILL');
    });

    it('answers a signed null body and a form with payload=null with 400, and keeps answering', async () => {
      expect((await postSigned(url, SECRET, 'null')).status).toBe(400);
      expect((await postSigned(url, SECRET, 'payload=null', { contentType: 'application/x-www-form-urlencoded' })).status).toBe(400);
      const m = mention();
      expect((await postSigned(url, SECRET, m.body)).status).toBe(200);
      const posts = await fake.waitForPosts(1, 20_000);
      expect(posts.at(-1)?.args.thread_ts).toBe(m.ts);
      expect(run.child.exitCode).toBeNull();
      expect(run.stderr()).toMatch(/refused a malformed request: its JSON body is null/);
    }, 30_000);

    it('logs a reply the Web API refuses with its conversation key, and no secret', async () => {
      const stop = fake.fail('chat.postMessage', { error: 'not_in_channel' });
      const m = mention();
      await postSigned(url, SECRET, m.body);
      const line = await until('the undelivered line', () => run.stderr().split('\n').find((l) => l.includes('not delivered')));
      stop();
      expect(line).toContain(`slack:${TEAM_ID}:U1:C1:${m.ts}`);
      expect(line).toContain('not_in_channel');
      expect(line).not.toContain('博士');
    }, 30_000);

    it('on SIGTERM takes no new work, finishes the reply being posted, and exits 0', async () => {
      const delivered = fake.posts().length;
      const release = fake.hold('chat.postMessage');
      const m = mention();
      expect((await postSigned(url, SECRET, m.body)).status).toBe(200);
      await until('the held post', () => (fake.postAttempts().some((c) => c.args.thread_ts === m.ts) ? true : undefined));
      stopGroup(run.child, 'SIGTERM');
      await until('the stopping line', () => (run.stdout().includes('SIGTERM, stopping') ? true : undefined));
      // A request after the signal is not taken: 503, or the connection is refused once the port is closed.
      const late = await postSigned(url, SECRET, mention().body).then((r) => r.status, () => 'refused');
      expect([503, 'refused']).toContain(late);
      release();
      expect(await run.exit).toBe(0);
      expect(fake.posts().slice(delivered).map((p) => p.args.thread_ts)).toEqual([m.ts]);
      expect(output(run)).not.toContain(TOKEN);
      expect(output(run)).not.toContain(SECRET);
    }, 30_000);
  });
});
