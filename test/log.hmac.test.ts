/**
 * The log's own HMAC-SHA256 (src/log/hmac.ts) gives node:crypto's digests: for keys of every length
 * around the block boundaries, in every script a conversation key can hold, under several secrets.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex } from '../src/log/hmac.js';

const pieces = ['a', 'Z', '0', ':', '_', '用', '户', '😀', 'é', '\u0000', ' '];
function text(length: number, seed: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += pieces[(seed * 31 + i * 7 + ((seed >> 3) ^ i)) % pieces.length];
  return out;
}

describe('hmacSha256Hex', () => {
  it('equals createHmac for texts from 0 to 300 characters in ASCII, Chinese and emoji', () => {
    for (const secret of [randomBytes(32), Buffer.alloc(32), randomBytes(64), randomBytes(1)]) {
      const keyed = hmacSha256Hex(secret);
      for (let length = 0; length <= 300; length++) {
        for (const seed of [1, 2, 3]) {
          const t = text(length, seed * length + seed);
          expect(keyed(t), `${length} characters`).toBe(createHmac('sha256', secret).update(t).digest('hex'));
        }
      }
    }
  });

  it('equals createHmac for the shapes of the channels’ conversation keys', () => {
    const secret = randomBytes(32);
    const keyed = hmacSha256Hex(secret);
    for (const key of ['slack:T0RAWTEAM:U0RAWUSER:C0RAWCHAN', 'wxid_person1', 'wechat:room@chatroom:wxid_abc', 'cli', 'jsonl:42']) {
      expect(keyed(key)).toBe(createHmac('sha256', secret).update(key).digest('hex'));
    }
    // The same text twice after a longer one: no state is left behind between calls.
    keyed('x'.repeat(1000));
    expect(keyed('u')).toBe(createHmac('sha256', secret).update('u').digest('hex'));
  });

  it('refuses a key longer than one block rather than hashing it wrongly', () => {
    expect(() => hmacSha256Hex(randomBytes(65))).toThrow(RangeError);
  });
});
