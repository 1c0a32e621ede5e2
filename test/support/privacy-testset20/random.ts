/**
 * MT19937, the 32-bit Mersenne Twister (Matsumoto and Nishimura 1998): set 20's own random
 * generator. The seed is first spread by a SplitMix-style mixer of this set, so that nearby seeds
 * (20, 21, …) start from unrelated states.
 */
export class Mt19937 {
  private readonly mt = new Uint32Array(624);
  private index = 624;

  /** `raw` skips set 20's seed mixing: the plain MT19937 initialisation, for checks against the reference outputs. */
  constructor(seed: number, raw = false) {
    this.mt[0] = raw ? seed >>> 0 : mixSeed(seed);
    for (let i = 1; i < 624; i++) {
      const prev = this.mt[i - 1] ^ (this.mt[i - 1] >>> 30);
      // 1812433253 * prev in 32 bits, split so no product leaves the exact range of a double.
      this.mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
  }

  private twist(): void {
    const mt = this.mt;
    for (let i = 0; i < 624; i++) {
      const y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7fffffff);
      let next = mt[(i + 397) % 624] ^ (y >>> 1);
      if (y & 1) next ^= 0x9908b0df;
      mt[i] = next >>> 0;
    }
    this.index = 0;
  }

  /** The next 32-bit output, tempered. */
  nextU32(): number {
    if (this.index >= 624) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** 0 <= n < max, by rejection so every value is equally likely. */
  below(max: number): number {
    const limit = Math.floor(0x100000000 / max) * max;
    for (;;) {
      const v = this.nextU32();
      if (v < limit) return v % max;
    }
  }

  /** min <= n <= max. */
  int(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }

  chance(p: number): boolean {
    return this.nextU32() / 0x100000000 < p;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.below(10));
    return s;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

/** Set 20's seed mixer: xor-shift-multiply rounds over the seed's low and high 32 bits. */
function mixSeed(seed: number): number {
  let h = (seed >>> 0) ^ 0x2020_c0de;
  h ^= Math.floor(seed / 0x100000000) * 0x9e3779b1;
  for (let round = 0; round < 3; round++) {
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
    h ^= h >>> 16;
  }
  return h >>> 0 || 5489; // MT19937's own default seed if the mix ends at zero
}
