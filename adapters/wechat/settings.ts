/**
 * `policy-bot wechat` settings from the environment (CONTRACT.md, "Channel settings"), checked
 * once at start so a mistake stops the bot with one line instead of a stack trace after login.
 */
import { createRequire } from 'node:module';
import { z } from 'zod';
import { SETTINGS_ERRORS } from './messages.js';

/** Puppets that talk to a paid or hosted service and refuse to start without its token. */
const TOKEN_PUPPETS: ReadonlySet<string> = new Set(['wechaty-puppet-service', 'wechaty-puppet-padlocal']);

const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const EnvSchema = z
  .object({
    WECHATY_PUPPET: z
      .string({ error: SETTINGS_ERRORS.noPuppet })
      .trim()
      .min(1, SETTINGS_ERRORS.noPuppet)
      .refine((v) => PACKAGE_NAME.test(v), { error: (i) => SETTINGS_ERRORS.badPuppet(String(i.input)) }),
    WECHATY_PUPPET_SERVICE_TOKEN: z.string().trim().optional().transform((v) => v || undefined),
    POLICY_AS_OF: z.string().trim().optional().transform((v) => v || undefined),
  })
  .check((ctx) => {
    const { WECHATY_PUPPET: puppet, WECHATY_PUPPET_SERVICE_TOKEN: token } = ctx.value;
    if (TOKEN_PUPPETS.has(puppet) && !token) {
      ctx.issues.push({ code: 'custom', message: SETTINGS_ERRORS.needsToken(puppet), input: ctx.value });
    }
  });

export interface WechatSettings {
  /** npm name of the puppet package, e.g. wechaty-puppet-wechat4u. */
  puppet: string;
  /** Passed to the puppet as `token`; never logged. */
  token?: string;
  /** YYYY-MM-DD the core judges eligibility on; today when absent. */
  asOf?: string;
}

export type SettingsResult = { ok: true; settings: WechatSettings } | { ok: false; error: string };

/** `--as-of` on the command line wins over POLICY_AS_OF, as for the other commands. */
function parseArgs(args: readonly string[]): { asOf?: string; error?: string } {
  let asOf: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--as-of') asOf = args[++i] ?? '';
    else if (arg.startsWith('--as-of=')) asOf = arg.slice('--as-of='.length);
    else return { error: SETTINGS_ERRORS.badArg(arg) };
  }
  return { asOf };
}

function validDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The puppet must be importable from here; Wechaty would otherwise fail later, less clearly. */
function installed(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(`${name}/package.json`);
    return true;
  } catch (err) {
    // A package whose "exports" hides package.json is still there; only "not found" means absent.
    return (err as NodeJS.ErrnoException).code === 'ERR_PACKAGE_PATH_NOT_EXPORTED';
  }
}

/** Reads and checks the settings; the error, if any, is one line naming the variable to set. */
export function readSettings(args: readonly string[], env: NodeJS.ProcessEnv): SettingsResult {
  const cli = parseArgs(args);
  if (cli.error) return { ok: false, error: cli.error };
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? SETTINGS_ERRORS.noPuppet };
  const { WECHATY_PUPPET: puppet, WECHATY_PUPPET_SERVICE_TOKEN: token, POLICY_AS_OF } = parsed.data;
  const asOf = cli.asOf ?? POLICY_AS_OF;
  if (asOf !== undefined && !validDate(asOf)) return { ok: false, error: SETTINGS_ERRORS.badAsOf(asOf) };
  if (!installed(puppet)) return { ok: false, error: SETTINGS_ERRORS.notInstalled(puppet) };
  return { ok: true, settings: { puppet, ...(token ? { token } : {}), ...(asOf ? { asOf } : {}) } };
}
