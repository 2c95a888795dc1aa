/**
 * The state store an adapter runs with (issue 13): memory unless REDIS_URL is set. Adapters open
 * it at start-up, hand it to createSharedResponder (respond.ts), and close it when they stop.
 * docs/redis.md says how to run several instances on one Redis.
 */
import { MemoryStateStore } from './memory.js';
import { readStoreSettings } from './settings.js';
import type { StateStore } from './types.js';

export { createSharedResponder, type AsyncRespond, type SharedResponderOptions } from './respond.js';
export { readStoreSettings } from './settings.js';
export type { EventClaim, RateVerdict, StateStore, StoreHealth } from './types.js';
export { MemoryStateStore } from './memory.js';

/** A setting the store cannot run with; the message names the variable. */
export class StoreSettingError extends Error {}

export interface OpenStoreOptions {
  /** Where a Redis outage is reported (default: standard error). */
  warn?: (line: string) => void;
}

/**
 * The store REDIS_URL asks for, connected (or reconnecting: an unreachable Redis at start is an
 * outage like any other, reported, and the bot answers meanwhile). Throws StoreSettingError for a
 * malformed REDIS_URL. The Redis client is loaded only when it is used.
 */
export async function openStateStore(env: NodeJS.ProcessEnv = process.env, options: OpenStoreOptions = {}): Promise<StateStore> {
  const read = readStoreSettings(env);
  if (!read.ok) throw new StoreSettingError(read.error);
  if (read.settings.kind === 'memory') return new MemoryStateStore();
  const { RedisStateStore } = await import('./redis.js');
  const store = new RedisStateStore({ url: read.settings.url, at: read.settings.at, ...(options.warn ? { warn: options.warn } : {}) });
  await store.connect();
  return store;
}
