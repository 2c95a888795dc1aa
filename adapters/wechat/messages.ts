/**
 * Everything the WeChat adapter itself says, in one place: the replies it sends when the core is
 * not asked (non-text, rate limit, failure) and the one-line start-up errors. Policy answers never
 * come from here; they come from respond().
 */

/** Replies to people, in the register of the core's own answers. */
export const REPLIES = Object.freeze({
  textOnly: '抱歉，我只能读文字消息。请用文字描述您的问题，例如：“博士购房补贴有多少？”',
  rateLimited: '您的消息有点多，我先歇一歇。请一分钟后再问，我会继续回答。',
  failed: '抱歉，处理这条消息时出了问题，请稍后再试。',
});

/** Start-up errors: each names the setting and what to do, on one line. */
export const SETTINGS_ERRORS = Object.freeze({
  noPuppet:
    'set WECHATY_PUPPET to the Wechaty puppet to log in with, e.g. WECHATY_PUPPET=wechaty-puppet-wechat4u (see docs/wechat.md)',
  badPuppet: (value: string) =>
    `WECHATY_PUPPET="${value}" is not an npm package name; use e.g. wechaty-puppet-wechat4u or wechaty-puppet-service`,
  notInstalled: (name: string) =>
    `WECHATY_PUPPET=${name} is not installed; run "npm install ${name}" or choose another puppet (see docs/wechat.md)`,
  needsToken: (name: string) => `WECHATY_PUPPET=${name} needs a token: set WECHATY_PUPPET_SERVICE_TOKEN`,
  badAsOf: (value: string) => `POLICY_AS_OF / --as-of "${value}" is not a date; use YYYY-MM-DD`,
  tokenRejected: (puppet: string) =>
    `${puppet} rejected WECHATY_PUPPET_SERVICE_TOKEN; check the token with your puppet service provider (see docs/wechat.md)`,
  badArg: (arg: string) => `unknown argument "${arg}"; usage: policy-bot wechat [--as-of YYYY-MM-DD]`,
});
