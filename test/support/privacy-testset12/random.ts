/**
 * Bob Jenkins' small fast generator (JSF32, "a small noncryptographic PRNG"): four 32-bit words, one
 * rotate-add-xor round per number. Set 12's own generator; the earlier sets used others.
 */
export class Jsf32 {
  private a = 0xf1ea5eed;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.b = this.c = this.d = seed >>> 0;
    // Jenkins' warm-up: 20 rounds mix the seed into every word.
    for (let i = 0; i < 20; i++) this.next();
  }

  /** The next 32-bit unsigned number. */
  next(): number {
    const rot = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;
    const e = (this.a - rot(this.b, 27)) >>> 0;
    this.a = (this.b ^ rot(this.c, 17)) >>> 0;
    this.b = (this.c + this.d) >>> 0;
    this.c = (this.d + e) >>> 0;
    this.d = (e + this.a) >>> 0;
    return this.d;
  }

  /** An integer in 0 .. n - 1. */
  int(n: number): number {
    return Math.floor((this.next() / 2 ** 32) * n);
  }

  /** An integer in lo .. hi. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.next() / 2 ** 32 < p;
  }
}
