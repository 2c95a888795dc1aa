/**
 * The Slack bot's settings, read from the environment (../shared/CONTRACT.md, "Channel settings")
 * and validated with zod before anything is loaded or connected. A problem becomes one line that
 * names the variable and what to do; values are never echoed, since most of them are secrets.
 */
import { z } from 'zod';

/** Treats an empty variable (`SLACK_APP_TOKEN=` in an .env file) as unset. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const secret = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `is missing: set it to ${what}` : 'is malformed') })
    .min(1, `is missing: set it to ${what}`)
    .regex(/^\S+$/, 'is malformed: it must not contain spaces or line breaks');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'is malformed: expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'is malformed: not a calendar date',
  });

const SettingsSchema = z.object({
  SLACK_BOT_TOKEN: secret("the app's Bot User OAuth Token (xoxb-…)"),
  SLACK_SIGNING_SECRET: secret("the app's Signing Secret (Basic Information → App Credentials)"),
  SLACK_APP_TOKEN: optional(
    z.string().regex(/^xapp-\S+$/, 'is malformed: an app-level token starts with xapp- (leave it unset for HTTP mode)'),
  ),
  PORT: optional(
    z
      .string()
      .regex(/^\d{1,5}$/, 'is malformed: expected a port number 0–65535')
      .transform(Number)
      .refine((n) => n <= 65535, 'is malformed: expected a port number 0–65535'),
  ),
  HOST: optional(z.string().regex(/^[\w.:[\]-]+$/, 'is malformed: expected a host name or IP address')),
  SLACK_API_URL: optional(
    z
      .url({ protocol: /^https?$/, error: 'is malformed: expected an http(s) URL such as https://slack.com/api/' })
      // fetch refuses URLs with credentials, and the bot authenticates with SLACK_BOT_TOKEN anyway.
      .refine((u) => {
        if (!URL.canParse(u)) return true;
        const { username, password } = new URL(u);
        return !username && !password;
      }, 'must not contain a user name or password: remove the "user:password@" part (the bot authenticates with SLACK_BOT_TOKEN)')
      // The Web API client appends the method name, so the base must end with a slash.
      .transform((u) => (u.endsWith('/') ? u : `${u}/`)),
  ),
  POLICY_AS_OF: optional(isoDate),
});

/** Validated settings; `mode` follows from whether an app-level token is present. */
export interface SlackSettings {
  botToken: string;
  signingSecret: string;
  mode: 'socket' | 'http';
  appToken?: string;
  port: number;
  /** Interface to listen on in HTTP mode; all interfaces when unset. */
  host?: string;
  slackApiUrl?: string;
  asOf?: string;
}

export const DEFAULT_PORT = 3000;

export type SettingsResult = { ok: true; settings: SlackSettings } | { ok: false; message: string };

/** Reads the settings from `env`; on failure `message` is one line naming every bad variable. */
export function readSettings(env: NodeJS.ProcessEnv): SettingsResult {
  const parsed = SettingsSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${String(i.path[0] ?? 'settings')} ${i.message}`);
    return { ok: false, message: [...new Set(problems)].join('; ') };
  }
  const e = parsed.data;
  return {
    ok: true,
    settings: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      mode: e.SLACK_APP_TOKEN ? 'socket' : 'http',
      ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
      port: e.PORT ?? DEFAULT_PORT,
      ...(e.HOST ? { host: e.HOST } : {}),
      ...(e.SLACK_API_URL ? { slackApiUrl: e.SLACK_API_URL } : {}),
      ...(e.POLICY_AS_OF ? { asOf: e.POLICY_AS_OF } : {}),
    },
  };
}
