/**
 * Keeps secrets out of everything the WeChat bot prints. Our own log lines go through a redactor,
 * and so does every write to standard output and error, because Wechaty and the puppets print on
 * their own (brolog at WECHATY_LOG=verbose prints the service token; a rejected token comes back
 * inside the service's error text; wechat4u console.logs whole errors).
 */
import { createRedactor as createSharedRedactor, MIN_SECRET_LENGTH, type Redact } from '../redact.js';

export type { Redact } from '../redact.js';

/** A setting is a secret when its name says so: …_TOKEN, …_SECRET, …_PASSWORD, …_KEY, … */
const SECRET_NAME = /(?:^|_)(?:TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|KEY)(?:_|$)/i;

export interface Secret {
  /** What replaces it: the setting's name, so a reader knows what was there. */
  name: string;
  value: string;
}

/** The secret settings in `env`, and the password of every URL-valued setting. */
export function secretsFromEnv(env: NodeJS.ProcessEnv): Secret[] {
  const secrets: Secret[] = [];
  for (const [name, raw] of Object.entries(env)) {
    if (!raw) continue;
    if (SECRET_NAME.test(name)) {
      secrets.push({ name, value: raw }, { name, value: raw.trim() });
    }
    for (const match of raw.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\s/?#@]+)@/gi)) {
      const userinfo = match[1] ?? '';
      const password = userinfo.includes(':') ? userinfo.slice(userinfo.indexOf(':') + 1) : userinfo;
      secrets.push({ name: `${name} password`, value: userinfo });
      for (const value of [password, safeDecode(password)]) secrets.push({ name: `${name} password`, value });
    }
  }
  return secrets.filter((s) => s.value.length >= MIN_SECRET_LENGTH);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Replaces every secret with `[NAME]` and every URL's userinfo with `***@`. */
export function createRedactor(secrets: readonly Secret[]): Redact {
  return createSharedRedactor(secrets.map(({ name, value }) => ({ value, label: `[${name}]` })));
}

type Write = typeof process.stdout.write;

/**
 * Routes every write to standard output and error through `redact`, for as long as the process
 * lives. Returns a function that restores the original writes (for tests).
 */
export function guardOutput(redact: Redact, streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): () => void {
  const originals = streams.map((stream) => {
    const own = Object.prototype.hasOwnProperty.call(stream, 'write');
    const previous = stream.write;
    const write: Write = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : undefined;
      if (text === undefined) return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      const clean = redact(text);
      if (clean === text) return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      // The encoding argument, if any, described the original chunk; the clean text is a string.
      const callback = rest.find((r) => typeof r === 'function');
      return callback ? write(clean, callback as (err?: Error | null) => void) : write(clean);
    }) as Write;
    return { stream, own, previous };
  });
  return () => {
    for (const { stream, own, previous } of originals) {
      if (own) stream.write = previous;
      else delete (stream as { write?: Write }).write;
    }
  };
}
