/**
 * L'Ecuyer's combined Tausworthe generator (taus88): three shift-register streams XORed together.
 * Set 11's own generator, unlike the earlier sets' (sfc32, mulberry32, xoshiro128**, splitmix32,
 * Park–Miller, PCG32, lagged Fibonacci, xorshift64*).
 */
export class Taus88 {
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    // Each stream needs a state above its minimum (2, 8, 16); spread the seed over the three.
    const a = (seed >>> 0) ^ 0x9e3779b9;
    this.s1 = (a | 0x100) >>> 0;
    this.s2 = ((Math.imul(a, 69069) + 1) | 0x1000) >>> 0;
    this.s3 = ((Math.imul(a ^ 0x5bd1e995, 1664525) + 1013904223) | 0x10000) >>> 0;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A 32-bit unsigned integer. */
  next(): number {
    let b = (((this.s1 << 13) ^ this.s1) >>> 19) >>> 0;
    this.s1 = ((((this.s1 & 0xfffffffe) << 12) >>> 0) ^ b) >>> 0;
    b = (((this.s2 << 2) ^ this.s2) >>> 25) >>> 0;
    this.s2 = ((((this.s2 & 0xfffffff8) << 4) >>> 0) ^ b) >>> 0;
    b = (((this.s3 << 3) ^ this.s3) >>> 11) >>> 0;
    this.s3 = ((((this.s3 & 0xfffffff0) << 17) >>> 0) ^ b) >>> 0;
    return (this.s1 ^ this.s2 ^ this.s3) >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
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
}
