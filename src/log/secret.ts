/**
 * The log's HMAC key, kept beside the log (issue 12): conversation keys are hashed with it, so the
 * log can tell one conversation from another without holding a Slack or WeChat id. Made on first
 * use, readable by its owner only (0600). Whoever has the key and a user's id can test whether that
 * user's conversations are in the log; docs/review.md says to keep it out of any copy of the log.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hmacSha256Hex } from './hmac.js';

export const SECRET_FILE = 'hmac.key';

/** The key in `dir`, made there if there is none. The folder must exist. */
export function logSecret(dir: string): Buffer {
  const path = join(dir, SECRET_FILE);
  try {
    // 'wx': when two bots start together on one folder, one makes the key and the other reads it.
    writeFileSync(path, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  }
  const hex = readFileSync(path, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${path} is not a log key (64 hex digits); move it away to have a new one made`);
  return Buffer.from(hex, 'hex');
}

/** HMAC-SHA256 (hex) of a channel's conversation key: the same key always gives the same hash. */
export function conversationHasher(secret: Buffer): (key: string) => string {
  // node:crypto's createHmac gives the same digests at several times the cost in the answer path (hmac.ts).
  const keyed = hmacSha256Hex(secret);
  // A conversation's turns come one after another: its hash is kept rather than worked out again.
  const recent = new Map<string, string>();
  return (conversation) => {
    let hash = recent.get(conversation);
    if (hash === undefined) {
      hash = keyed(conversation);
      if (recent.size >= RECENT_HASHES) recent.clear();
      recent.set(conversation, hash);
    }
    return hash;
  };
}

/** Hashes kept: as many conversations as the session store keeps. */
const RECENT_HASHES = 10_000;
