import { createCipheriv } from 'node:crypto';

/**
 * Set 25's random stream: AES-128 in counter mode used as a keystream (NIST SP 800-38A, CTR). A
 * 128-bit counter block is encrypted with AES-128-ECB and the ciphertext words are the output; the
 * counter then moves on by one (big-endian, carrying over all 16 bytes). No earlier set used it.
 */
export function aesCtrBlock(key: Buffer, counter: Buffer): Buffer {
  const cipher = createCipheriv('aes-128-ecb', key, null);
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(counter), cipher.final()]);
}

/** The counter block plus one, big-endian over all 128 bits (as SP 800-38A's standard incrementing function). */
export function nextCounter(counter: Buffer): Buffer {
  const out = Buffer.from(counter);
  for (let i = 15; i >= 0; i--) {
    out[i] = (out[i] + 1) & 0xff;
    if (out[i] !== 0) break;
  }
  return out;
}

/** CTR encryption of whole blocks: plaintext XOR the keystream from the initial counter. */
export function ctrEncrypt(key: Buffer, initialCounter: Buffer, plaintext: Buffer): Buffer {
  const out = Buffer.alloc(plaintext.length);
  let counter: Buffer<ArrayBufferLike> = Buffer.from(initialCounter);
  for (let at = 0; at < plaintext.length; at += 16) {
    const ks = aesCtrBlock(key, counter);
    for (let i = 0; i < 16 && at + i < plaintext.length; i++) out[at + i] = plaintext[at + i] ^ ks[i];
    counter = nextCounter(counter);
  }
  return out;
}

/** SplitMix-style 32-bit mixing of the seed into key bytes: the seed never stands in the key as it is. */
function mix32(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x = (x ^ (x >>> 15)) >>> 0;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/** A seeded keystream: key from the seed (mixed), counter block from the stream number. */
export class AesCtr {
  private readonly key: Buffer;
  private counter: Buffer<ArrayBufferLike>;
  private block: Buffer<ArrayBufferLike> = Buffer.alloc(0);
  private at = 16;

  constructor(seed: number, stream = 0) {
    this.key = Buffer.alloc(16);
    const lo = seed >>> 0;
    const hi = Math.floor(seed / 2 ** 32) >>> 0;
    for (let i = 0; i < 4; i++)
      this.key.writeUInt32BE(mix32(lo ^ mix32(hi + i * 0x9e3779b9) ^ (i * 0x632be5ab)), i * 4);
    this.counter = Buffer.alloc(16);
    this.counter.writeUInt32BE(stream >>> 0, 0);
  }

  nextU32(): number {
    if (this.at >= 16) {
      this.block = aesCtrBlock(this.key, this.counter);
      this.counter = nextCounter(this.counter);
      this.at = 0;
    }
    const v = this.block.readUInt32BE(this.at);
    this.at += 4;
    return v;
  }

  /** 0 <= x < n, by rejection so every value is equally likely. */
  below(n: number): number {
    const limit = Math.floor(2 ** 32 / n) * n;
    for (;;) {
      const v = this.nextU32();
      if (v < limit) return v % n;
    }
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }

  chance(p: number): boolean {
    return this.nextU32() / 2 ** 32 < p;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.below(10));
    return s;
  }
}
