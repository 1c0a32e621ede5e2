/**
 * Set 18's random numbers: Blackman and Vigna's xoroshiro64** (two 32-bit words of state, the
 * "**" scrambler), a generator none of the earlier sets used. Its two state words are filled from
 * the seed by a SplitMix-style mixer of this set's own (a golden-ratio step, then two multiply–xorshift
 * rounds), so that neighbouring seeds give unrelated streams and the state is never all zero.
 */
export class Xoroshiro64 {
  private s0: number;
  private s1: number;

  constructor(seed: number) {
    let counter = seed >>> 0;
    const mix = (): number => {
      counter = (counter + 0x9e3779b9) >>> 0;
      let z = counter;
      z = Math.imul(z ^ (z >>> 15), 0x2c1b3c6d);
      z = Math.imul(z ^ (z >>> 12), 0x297a2d39);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.s0 = mix();
    this.s1 = mix();
    if ((this.s0 | this.s1) === 0) this.s1 = 0x6d2b79f5;
  }

  /** The next 32-bit unsigned value. */
  next(): number {
    const s0 = this.s0;
    let s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s0, 0x9e3779bb), 5), 5) >>> 0;
    s1 ^= s0;
    this.s0 = (rotl(s0, 26) ^ s1 ^ (s1 << 9)) >>> 0;
    this.s1 = rotl(s1, 13) >>> 0;
    return result;
  }

  /** An integer in [0, n), without the modulo bias (rejection of the short last block). */
  below(n: number): number {
    const limit = 0x100000000 - (0x100000000 % n);
    let v = this.next();
    while (v >= limit) v = this.next();
    return v % n;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }

  chance(p: number): boolean {
    return this.next() / 0x100000000 < p;
  }

  /** `n` decimal digits, leading zeros allowed. */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.below(10));
    return s;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));
