/** The WeChat adapter's small parts: settings, rate limit, per-conversation queue, mentions, log. */
import { describe, expect, it } from 'vitest';
import { readSettings } from '../adapters/wechat/settings.js';
import { SETTINGS_ERRORS } from '../adapters/wechat/messages.js';
import { createRateLimiter } from '../adapters/wechat/rateLimit.js';
import { createKeyedQueue } from '../adapters/wechat/queue.js';
import { stripMentions } from '../adapters/wechat/mention.js';
import { createLogger, describeError } from '../adapters/wechat/log.js';
import { createRedactor, guardOutput, secretsFromEnv } from '../adapters/wechat/redact.js';
import { isTokenRejection } from '../adapters/wechat/puppetErrors.js';
import { createErrorGuard } from '../adapters/wechat/errorGuard.js';
import { conversationKey, sendQueueKey } from '../adapters/wechat/onMessage.js';

describe('readSettings', () => {
  const ok = (args: string[], env: NodeJS.ProcessEnv) => {
    const r = readSettings(args, env);
    if (!r.ok) throw new Error(r.error);
    return r.settings;
  };
  const error = (args: string[], env: NodeJS.ProcessEnv) => {
    const r = readSettings(args, env);
    if (r.ok) throw new Error('expected an error');
    expect(r.error).not.toContain('\n');
    return r.error;
  };

  it('says what to set when no puppet is configured', () => {
    expect(error([], {})).toBe(SETTINGS_ERRORS.noPuppet);
    expect(error([], { WECHATY_PUPPET: '  ' })).toBe(SETTINGS_ERRORS.noPuppet);
  });
  it('accepts an installed puppet, with no token where none is needed', () => {
    expect(ok([], { WECHATY_PUPPET: 'wechaty-puppet-mock' })).toEqual({ puppet: 'wechaty-puppet-mock' });
  });
  it('asks for the token a puppet service needs, and passes it on', () => {
    expect(error([], { WECHATY_PUPPET: 'wechaty-puppet-service' })).toContain('WECHATY_PUPPET_SERVICE_TOKEN');
    expect(ok([], { WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_SERVICE_TOKEN: 't0ken' }))
      .toEqual({ puppet: 'wechaty-puppet-service', token: 't0ken' });
  });
  it('rejects a name that is not a package, and a package that is not installed', () => {
    expect(error([], { WECHATY_PUPPET: 'wechaty puppet; rm -rf' })).toContain('not an npm package name');
    expect(error([], { WECHATY_PUPPET: 'wechaty-puppet-does-not-exist' })).toContain('npm install wechaty-puppet-does-not-exist');
  });
  it('takes the judging date from --as-of over POLICY_AS_OF, and rejects an impossible date', () => {
    const env = { WECHATY_PUPPET: 'wechaty-puppet-mock', POLICY_AS_OF: '2020-01-01' };
    expect(ok([], env).asOf).toBe('2020-01-01');
    expect(ok(['--as-of', '2021-06-30'], env).asOf).toBe('2021-06-30');
    expect(ok(['--as-of=2021-06-30'], env).asOf).toBe('2021-06-30');
    expect(error(['--as-of', '2021-02-30'], env)).toContain('YYYY-MM-DD');
    expect(error(['--as-of'], env)).toContain('YYYY-MM-DD');
    expect(error(['--verbose'], env)).toContain('unknown argument "--verbose"');
  });
  it('never puts the token in an error', () => {
    const e = error(['--as-of', 'x'], { WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_SERVICE_TOKEN: 'secret-123' });
    expect(e).not.toContain('secret-123');
  });
});

describe('createRateLimiter', () => {
  it('answers max messages per window, notifies once, then drops until the oldest leaves the window', () => {
    let t = 0;
    const limiter = createRateLimiter({ max: 2, windowMs: 1000, now: () => t });
    expect([limiter.check('a'), limiter.check('a'), limiter.check('a'), limiter.check('a')])
      .toEqual(['answer', 'answer', 'notify', 'drop']);
    t = 999;
    expect(limiter.check('a')).toBe('drop');
    t = 1000;
    expect(limiter.check('a')).toBe('answer');
    expect(limiter.check('a')).toBe('answer'); // the second of t=0 has left too
    expect(limiter.check('a')).toBe('notify'); // a new flood gets its one note again
  });
  it('keeps contacts apart and forgets the least recent beyond maxContacts', () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 1000, maxContacts: 2, now: () => 0 });
    expect(limiter.check('a')).toBe('answer');
    expect(limiter.check('b')).toBe('answer');
    expect(limiter.check('a')).toBe('notify');
    expect(limiter.check('c')).toBe('answer'); // evicts b, the least recently seen
    expect(limiter.check('b')).toBe('answer');
  });
});

describe('createKeyedQueue', () => {
  const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
  it('runs one key in order, other keys alongside, and survives a failing task', async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    void queue.run('a', async () => { await tick(30); log.push('a1'); });
    void queue.run('a', async () => { throw new Error('x'); });
    void queue.run('a', async () => { log.push('a3'); });
    void queue.run('b', async () => { log.push('b1'); });
    await queue.idle();
    expect(log).toEqual(['b1', 'a1', 'a3']);
  });
});

describe('stripMentions', () => {
  it('removes the bot by any of its names, with either kind of space', () => {
    expect(stripMentions('@政策助手\u2005博士购房补贴', ['政策助手'])).toBe('博士购房补贴');
    expect(stripMentions('请问 @小助手 博士购房补贴', ['', '小助手'])).toBe('请问 博士购房补贴');
    expect(stripMentions('@Bob 你好', ['政策助手'])).toBe('@Bob 你好');
    expect(stripMentions('@a.b 你好', ['a.b'])).toBe('你好');
  });
});

describe('conversationKey', () => {
  it('is the contact in a private chat and room plus contact in a group', () => {
    expect(conversationKey('wxid_1')).toBe('wechat:wxid_1');
    expect(conversationKey('wxid_1', '123@chatroom')).toBe('wechat:123@chatroom:wxid_1');
  });
  it('queues sends per group, so members share one queue, and per contact in private', () => {
    expect(sendQueueKey('wxid_1', '123@chatroom')).toBe(sendQueueKey('wxid_2', '123@chatroom'));
    expect(sendQueueKey('wxid_1')).not.toBe(sendQueueKey('wxid_2'));
    expect(sendQueueKey('wxid_1')).not.toBe(sendQueueKey('wxid_1', '123@chatroom'));
  });
});

describe('describeError', () => {
  it('can leave out the message, which may echo what someone wrote', () => {
    const err = Object.assign(new TypeError('bad 博士'), { code: 'E1' });
    expect(describeError(err, false)).toBe('TypeError (E1)');
    expect(describeError(err)).toBe('TypeError (E1): bad 博士');
  });
});

describe('redaction', () => {
  const env = {
    WECHATY_PUPPET_SERVICE_TOKEN: ' puppet_paimon_0123456789 ',
    SLACK_SIGNING_SECRET: 'sign-sign-sign',
    WECHATY_PUPPET_SERVICE_TLS_SERVER_KEY: '-----BEGIN KEY-----abc',
    HTTPS_PROXY: 'http://proxyuser:p%40ssw0rd@127.0.0.1:3128',
    WECHATY_PUPPET: 'wechaty-puppet-service',
    DEBUG_FLAG: '1',
  };
  const redact = createRedactor(secretsFromEnv(env));

  it('replaces every secret setting by its name, however it is quoted', () => {
    expect(redact('16 UNAUTHENTICATED: Invalid Wechaty TOKEN "puppet_paimon_0123456789"'))
      .toBe('16 UNAUTHENTICATED: Invalid Wechaty TOKEN "[WECHATY_PUPPET_SERVICE_TOKEN]"');
    expect(redact('{"token":"puppet_paimon_0123456789"} sign-sign-sign -----BEGIN KEY-----abc'))
      .toBe('{"token":"[WECHATY_PUPPET_SERVICE_TOKEN]"} [SLACK_SIGNING_SECRET] [WECHATY_PUPPET_SERVICE_TLS_SERVER_KEY]');
  });
  it('removes the userinfo of any URL, and a URL setting\'s password wherever it appears', () => {
    expect(redact('proxy http://proxyuser:p%40ssw0rd@127.0.0.1:3128 failed')).toBe('proxy http://***@127.0.0.1:3128 failed');
    expect(redact('redis://:hunter22@10.0.0.1:6379')).toBe('redis://***@10.0.0.1:6379');
    expect(redact('auth failed for password p@ssw0rd')).not.toContain('p@ssw0rd');
  });
  it('leaves ordinary settings and short values alone', () => {
    expect(redact('wechaty-puppet-service 1 started')).toBe('wechaty-puppet-service 1 started');
  });
  it('guards writes to a stream, strings and buffers alike, and can be undone', () => {
    const written: string[] = [];
    const stream = { write: (chunk: string | Uint8Array) => { written.push(chunk.toString()); return true; } } as unknown as NodeJS.WriteStream;
    const restore = guardOutput(redact, [stream]);
    stream.write('token puppet_paimon_0123456789\n');
    stream.write(Buffer.from('sign-sign-sign\n'));
    stream.write('nothing secret\n');
    restore();
    stream.write('puppet_paimon_0123456789');
    expect(written).toEqual(['token [WECHATY_PUPPET_SERVICE_TOKEN]\n', '[SLACK_SIGNING_SECRET]\n', 'nothing secret\n', 'puppet_paimon_0123456789']);
  });
  it('redacts the adapter\'s own log lines', () => {
    const lines: string[] = [];
    createLogger((l) => lines.push(l), redact).error('wechaty error', new Error('Invalid Wechaty TOKEN "puppet_paimon_0123456789"'));
    expect(lines.join('\n')).not.toContain('0123456789');
  });
});

describe('puppet errors', () => {
  it('knows a rejected token by its gRPC status', () => {
    expect(isTokenRejection(Object.assign(new Error('16 UNAUTHENTICATED: Invalid Wechaty TOKEN "x"'), { code: 16 }))).toBe(true);
    expect(isTokenRejection({ details: 'UNAUTHENTICATED' })).toBe(true);
    expect(isTokenRejection(Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 }))).toBe(false);
    expect(isTokenRejection('UNAUTHENTICATED')).toBe(false);
  });
  it('logs each error while running, and only the first after a stop', () => {
    const lines: string[] = [];
    const guard = createErrorGuard(createLogger((l) => lines.push(l)));
    guard.report('wechaty error', new Error('a'));
    guard.report('wechaty error', new Error('b'));
    guard.stopping();
    guard.report('wechaty error', new TypeError('c'));
    guard.report('wechaty error', new TypeError('d'));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('after stop');
    expect(lines.join('\n')).not.toMatch(/^\s+at /m);
  });
});
