/**
 * The Lua scripts the Redis store runs, each atomic on the server, so that instances never
 * interleave inside one of them.
 */

/**
 * Saves a session if it is still at the version its turn read. KEYS[1]: the session hash
 * {v: version, s: state JSON, '' once forgotten}; ARGV: expected version, state, idle TTL in ms.
 * A forgotten session keeps counting its version, so a turn that read it before cannot match a
 * later one by accident.
 */
export const SAVE_SESSION = `
local v = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if v ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'v', v + 1, 's', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

/**
 * One message against a contact's sliding window, on the server's clock so every instance counts
 * the same time. KEYS[1]: sorted set of answer times; KEYS[2]: "already told" flag.
 * ARGV: window in ms, most answers a window, a unique member.
 */
export const RATE_CHECK = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  redis.call('DEL', KEYS[2])
  return 'answer'
end
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', window) then return 'notify' end
return 'drop'
`;

/** Frees a claimed event id only if it is still being answered (never a 'done' one). */
export const RELEASE_EVENT = `
if redis.call('GET', KEYS[1]) == 'busy' then return redis.call('DEL', KEYS[1]) end
return 0
`;
