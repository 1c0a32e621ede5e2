/**
 * Set 23's own random generator: ChaCha8, Bernstein's ChaCha block function with 8 rounds (RFC 8439
 * describes the 20-round form; the rounds are a parameter here so the test can check the RFC's
 * known-answer block). The key comes from the seed by a mixing of this set's own; the block counter
 * is 64 bits wide (words 12 and 13), the nonce words are zero. All words stay unsigned 32-bit (`>>> 0`).
 */

const SIGMA = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574]; // "expand 32-byte k"

const rotl = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;

function quarter(s: number[], a: number, b: number, c: number, d: number): void {
  s[a] = (s[a] + s[b]) >>> 0;
  s[d] = rotl(s[d] ^ s[a], 16);
  s[c] = (s[c] + s[d]) >>> 0;
  s[b] = rotl(s[b] ^ s[c], 12);
  s[a] = (s[a] + s[b]) >>> 0;
  s[d] = rotl(s[d] ^ s[a], 8);
  s[c] = (s[c] + s[d]) >>> 0;
  s[b] = rotl(s[b] ^ s[c], 7);
}

/** One ChaCha block: 16 words from a 8-word key, the 4 words of counter and nonce, `rounds` rounds (even). */
export function chachaBlock(key: readonly number[], counterAndNonce: readonly number[], rounds: number): number[] {
  const input = [...SIGMA, ...key, ...counterAndNonce].map((w) => w >>> 0);
  const s = input.slice();
  for (let r = 0; r < rounds; r += 2) {
    quarter(s, 0, 4, 8, 12);
    quarter(s, 1, 5, 9, 13);
    quarter(s, 2, 6, 10, 14);
    quarter(s, 3, 7, 11, 15);
    quarter(s, 0, 5, 10, 15);
    quarter(s, 1, 6, 11, 12);
    quarter(s, 2, 7, 8, 13);
    quarter(s, 3, 4, 9, 14);
  }
  return s.map((w, i) => (w + input[i]) >>> 0);
}

/** The key words from a seed: a xorshift-multiply walk over the seed's two halves (this set's own mixing). */
function keyFromSeed(seed: number): number[] {
  let lo = seed >>> 0;
  let hi = Math.floor(seed / 2 ** 32) >>> 0;
  const key: number[] = [];
  for (let i = 0; i < 8; i++) {
    lo = (lo + 0x9e3779b9 + i) >>> 0;
    let z = (lo ^ rotl(hi, 13) ^ (i * 0x632be5ab)) >>> 0;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    z = (z ^ (z >>> 16)) >>> 0;
    key.push(z);
    hi = (hi ^ z) >>> 0;
  }
  return key;
}

/** A stream of ChaCha8 blocks under a seeded key, counter from 0. */
export class ChaCha8 {
  private readonly key: number[];
  private counterLo = 0;
  private counterHi = 0;
  private block: number[] = [];
  private at = 16;

  constructor(seed: number) {
    this.key = keyFromSeed(seed);
  }

  nextU32(): number {
    if (this.at === 16) {
      this.block = chachaBlock(this.key, [this.counterLo, this.counterHi, 0, 0], 8);
      this.counterLo = (this.counterLo + 1) >>> 0;
      if (this.counterLo === 0) this.counterHi = (this.counterHi + 1) >>> 0;
      this.at = 0;
    }
    return this.block[this.at++];
  }

  /** A number in [0, 1). */
  float(): number {
    return this.nextU32() / 2 ** 32;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}
