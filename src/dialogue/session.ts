/**
 * Per-user conversation state, bounded two ways so memory stays flat however many people write:
 * a session idle longer than `idleMs` is forgotten, and beyond `maxSessions` the least recently
 * used one is dropped. A Map keeps insertion order, so re-inserting on each touch makes its first
 * key the least recently used; expiry and eviction both work from that end.
 */
import type { Topic } from './topic.js';
import type { Facts } from './facts/types.js';

export interface Session {
  facts: Facts;
  topic: Topic | null;
  /** Facts the last follow-up questions asked for, in order: a bare "是" or "不是" answers the first. */
  pending: string[];
  /** What the last answer offered to choose from (clarify, or "您是不是想问"), by number; [] when nothing. */
  offer: Offer[];
  /** The conversation is held in English (issue 14); absent: Chinese. */
  language?: 'zh' | 'en';
  lastSeen: number;
}

/** One option the last answer listed: what answers it, and how it was shown. */
export interface Offer {
  /** The answer target (a clause id, a rule id, doc:…): what picking it answers. */
  target: string;
  label: string;
  citation: string;
  /** The message the option was offered for: picking answers it as if it had been about the target. */
  question: string;
}

export interface SessionStoreOptions {
  idleMs?: number;
  maxSessions?: number;
  now?: () => number;
}

export const DEFAULT_IDLE_MS = 30 * 60 * 1000;
export const DEFAULT_MAX_SESSIONS = 10000;
/** User ids are caller-supplied; a longer one is keyed by its head and a hash of the whole. */
const MAX_KEY_CHARS = 128;

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly idleMs: number;
  private readonly maxSessions: number;
  private readonly now: () => number;

  constructor(options: SessionStoreOptions = {}) {
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.maxSessions = Math.max(1, options.maxSessions ?? DEFAULT_MAX_SESSIONS);
    this.now = options.now ?? Date.now;
  }

  /** The user's live session, or a fresh one; touching it makes it the most recently used. */
  get(user: string): Session {
    const key = sessionKey(user);
    const at = this.now();
    this.expire(at);
    let session = this.sessions.get(key);
    if (session) this.sessions.delete(key);
    else session = { facts: {}, topic: null, pending: [], offer: [], lastSeen: at };
    session.lastSeen = at;
    this.sessions.set(key, session);
    while (this.sessions.size > this.maxSessions) {
      const oldest = this.sessions.keys().next().value as string;
      this.sessions.delete(oldest);
    }
    return session;
  }

  /** The user's live session without touching it, or undefined. */
  peek(user: string): Session | undefined {
    return this.sessions.get(sessionKey(user));
  }

  /** Forget one user's conversation (e.g. when they say 重新开始). */
  reset(user: string): void {
    this.sessions.delete(sessionKey(user));
  }

  get size(): number {
    return this.sessions.size;
  }

  private expire(at: number): void {
    for (const [key, session] of this.sessions) {
      if (at - session.lastSeen <= this.idleMs) break;
      this.sessions.delete(key);
    }
  }
}

/** The key a user's session is kept under: the id itself, or for a very long one its head and a hash. */
export function sessionKey(user: string): string {
  if (user.length <= MAX_KEY_CHARS) return user;
  let hash = 0x811c9dc5;
  for (let i = 0; i < user.length; i++) hash = Math.imul(hash ^ user.charCodeAt(i), 0x01000193) >>> 0;
  return `${user.slice(0, MAX_KEY_CHARS)}#${hash.toString(16)}`;
}
