/**
 * Set 26's random numbers: xoshiro256** (Blackman and Vigna, 2018) with its four 64-bit state words
 * as BigInts, seeded from a number through SplitMix64 as its authors recommend. No earlier set uses it.
 */
const MASK = (1n << 64n) - 1n;
const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (64n - k))) & MASK;

/** SplitMix64: one step of the state and its output, as a seeder for the xoshiro state. */
export function splitMix64(state: bigint): [next: bigint, out: bigint] {
  const next = (state + 0x9e3779b97f4a7c15n) & MASK;
  let z = next;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
  return [next, z ^ (z >> 31n)];
}

export class Xoshiro {
  readonly s: bigint[];

  /** From a seed (through SplitMix64) and a stream number, or from four state words as given. */
  constructor(seed: number | bigint[], stream = 0) {
    if (Array.isArray(seed)) {
      this.s = seed.map((w) => w & MASK);
      return;
    }
    let st = (BigInt(seed) * 0x100000000n + BigInt(stream)) & MASK;
    this.s = [];
    for (let i = 0; i < 4; i++) {
      const [next, out] = splitMix64(st);
      st = next;
      this.s.push(out);
    }
  }

  next64(): bigint {
    const s = this.s;
    const result = (rotl((s[1] * 5n) & MASK, 7n) * 9n) & MASK;
    const t = (s[1] << 17n) & MASK;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45n);
    return result;
  }

  /** An integer in [0, n), from the high 53 bits (the low bits of ** are the weaker ones). */
  below(n: number): number {
    return Math.floor((Number(this.next64() >> 11n) / 2 ** 53) * n);
  }

  pick<T>(list: readonly T[]): T {
    return list[this.below(list.length)];
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.below(10));
    return s;
  }

  chance(p: number): boolean {
    return this.below(1_000_000) < p * 1_000_000;
  }
}
