/** Secrets out of every log line: the redactor, the logger Bolt and the Web API client write through, the settings. */
import { describe, expect, it } from 'vitest';
import { LogLevel } from '@slack/bolt';
import { redactingLogger } from '../adapters/slack/logger.js';
import { redactor } from '../adapters/slack/redact.js';
import { readSettings } from '../adapters/slack/settings.js';

const TOKEN = 'xoxb-1234-secret-token';
const SIGNING = 'signing/secret+value';

describe('redactor', () => {
  const redact = redactor([TOKEN, SIGNING, undefined]);

  it('removes each secret, also percent-encoded', () => {
    expect(redact(`Authorization: Bearer ${TOKEN}; body token=${encodeURIComponent(SIGNING)} and ${SIGNING}`)).toBe(
      'Authorization: Bearer ***; body token=*** and ***',
    );
  });

  it('removes the user name and password of any URL', () => {
    expect(redact('fetch failed: http://user:p%40ss@127.0.0.1:9/api/ and https://tok@host/x')).toBe(
      'fetch failed: http://***@127.0.0.1:9/api/ and https://***@host/x',
    );
  });

  it('leaves ordinary text and URLs alone', () => {
    expect(redact('posted to https://slack.com/api/chat.postMessage as a@b.c')).toBe('posted to https://slack.com/api/chat.postMessage as a@b.c');
  });
});

describe('redactingLogger', () => {
  it('redacts strings, objects and errors (with their stack) before the inner logger sees them', () => {
    const seen: string[] = [];
    const inner = {
      debug: (m: string) => void seen.push(m),
      info: (m: string) => void seen.push(m),
      warn: (m: string) => void seen.push(m),
      error: (m: string) => void seen.push(m),
      setLevel: () => {},
      getLevel: () => LogLevel.DEBUG,
      setName: () => {},
    };
    const logger = redactingLogger(redactor([TOKEN]), inner);
    logger.error(new Error(`request to http://u:pw@host/ failed with ${TOKEN}`));
    logger.warn('headers', { Authorization: `Bearer ${TOKEN}` });
    expect(seen.join('\n')).not.toMatch(/pw@|xoxb-1234/);
    expect(seen[0]).toMatch(/^Error: request to http:\/\/\*\*\*@host\/ failed with \*\*\*\n\s+at /);
  });
});

describe('readSettings and SLACK_API_URL credentials', () => {
  it('refuses a URL with a user name and password, without echoing them', () => {
    const r = readSettings({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://bot:hunter2@127.0.0.1:1/api/' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^SLACK_API_URL must not contain a user name or password/);
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });
});
