/**
 * REDIS_URL (../shared/CONTRACT.md, "Channel settings"): unset or empty keeps state in memory; set,
 * it must be a redis:// or rediss:// URL, or the bot stops at start with one line naming it.
 */
export type StoreSettings = { kind: 'memory' } | { kind: 'redis'; url: string; at: string };

export type StoreSettingsRead = { ok: true; settings: StoreSettings } | { ok: false; error: string };

/** The URL with any password replaced, for messages and /healthz. */
export function redisAt(url: URL): string {
  const db = url.pathname.replace(/^\//, '') || '0';
  return `${url.hostname}:${url.port || '6379'}/${db}`;
}

export function readStoreSettings(env: NodeJS.ProcessEnv = process.env): StoreSettingsRead {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return { ok: true, settings: { kind: 'memory' } };
  const bad = (why: string): StoreSettingsRead => ({
    ok: false,
    error: `REDIS_URL must be a URL such as redis://127.0.0.1:6379/0 (${why}); unset it to keep state in memory`,
  });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return bad('it is not a URL');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') return bad(`its scheme is "${url.protocol.replace(/:$/, '')}", not redis or rediss`);
  if (!url.hostname) return bad('it names no host');
  if (!/^(\/\d{0,2})?$/.test(url.pathname)) return bad('its path must be a database number, as in /0');
  return { ok: true, settings: { kind: 'redis', url: raw, at: redisAt(url) } };
}
