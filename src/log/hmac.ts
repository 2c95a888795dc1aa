/**
 * HMAC-SHA256 (RFC 2104, FIPS 180-4) under one key, with the key's two padded blocks hashed once:
 * the same hex digest as node:crypto's createHmac('sha256', key), which test/log.hmac.test.ts
 * checks on thousands of keys of every length.
 *
 * Why not createHmac: the log hashes the conversation key of every new conversation in the answer
 * path (issue 12 holds the log under 10% of the answers per second), and there createHmac cost
 * 10–25 µs of CPU a call against 2 µs in a tight loop. Each call sets up OpenSSL's digest anew
 * (a fetch through its provider tables), and runs through Node's stream wrappers; on this project's
 * machines, where every system call empties the TLB, that much code and data touched is what costs.
 * This is a few hundred bytes of code over two small typed arrays, and costs about 1 µs either way.
 */
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

const w = new Int32Array(64);

/** One SHA-256 compression of the 64 bytes of `block` at `at` into the state `h`. */
function compress(h: Int32Array, block: Buffer, at: number): void {
  for (let i = 0; i < 16; i++) w[i] = block.readInt32BE(at + i * 4);
  for (let i = 16; i < 64; i++) {
    const a = w[i - 15]!;
    const b = w[i - 2]!;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
  }
  let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, hh = h[7]!;
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (hh + s1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = (h[0]! + a) | 0;
  h[1] = (h[1]! + b) | 0;
  h[2] = (h[2]! + c) | 0;
  h[3] = (h[3]! + d) | 0;
  h[4] = (h[4]! + e) | 0;
  h[5] = (h[5]! + f) | 0;
  h[6] = (h[6]! + g) | 0;
  h[7] = (h[7]! + hh) | 0;
}

/**
 * SHA-256 of a message that follows a first block already hashed into `h`: `n` bytes in `buf`,
 * which has room for their padding. Leaves the digest in `h`.
 */
function finish(h: Int32Array, buf: Buffer, n: number): void {
  const blocks = (n + 9 + 63) >>> 6;
  for (let i = n, end = blocks * 64; i < end; i++) buf[i] = 0;
  buf[n] = 0x80;
  // Length in bits of the whole message, the first block's 64 bytes included (keys here are short:
  // the high word of the 64-bit length is 0 below 512 MB).
  buf.writeUInt32BE((64 + n) * 8, blocks * 64 - 4);
  for (let i = 0; i < blocks; i++) compress(h, buf, i * 64);
}

/** keyed(text): HMAC-SHA256 of `text` (UTF-8) under `key`, as 64 hex digits. */
export function hmacSha256Hex(key: Buffer): (text: string) => string {
  if (key.length > 64) throw new RangeError('an HMAC key longer than the block (64 bytes) is not supported here');
  const padded = (pad: number) => {
    const block = Buffer.alloc(64, pad);
    for (let i = 0; i < key.length; i++) block[i]! ^= key[i]!;
    const h = IV.slice();
    compress(h, block, 0);
    return h;
  };
  const inner0 = padded(0x36);
  const outer0 = padded(0x5c);
  const h = new Int32Array(8);
  let buf = Buffer.alloc(128);
  const digest = Buffer.alloc(64);
  return (text) => {
    // At most 3 UTF-8 bytes a UTF-16 unit, and room for the padding.
    const room = text.length * 3 + 72;
    if (buf.length < room) buf = Buffer.alloc(room);
    // Conversation keys are ASCII as a rule: copied byte by byte, the rest through UTF-8.
    let n = 0;
    for (; n < text.length; n++) {
      const c = text.charCodeAt(n);
      if (c >= 0x80) break;
      buf[n] = c;
    }
    if (n < text.length) n = buf.write(text, 0, 'utf8');
    h.set(inner0);
    finish(h, buf, n);
    for (let i = 0; i < 8; i++) digest.writeInt32BE(h[i]!, i * 4);
    h.set(outer0);
    finish(h, digest, 32);
    let hex = '';
    for (let i = 0; i < 8; i++) {
      const x = h[i]!;
      hex += HEX[(x >>> 24) & 255]! + HEX[(x >>> 16) & 255]! + HEX[(x >>> 8) & 255]! + HEX[x & 255]!;
    }
    return hex;
  };
}
