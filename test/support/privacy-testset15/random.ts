/**
 * Set 15's random generator: Wichmann and Hill's AS 183 (1982), three small multiplicative
 * congruential generators whose fractions are added modulo 1. None of the earlier sets used it.
 */
export class WichmannHill {
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    // Spread the seed over the three states; each must lie in 1 .. its modulus - 1.
    const n = Math.abs(Math.trunc(seed)) || 1;
    this.s1 = 1 + (n % 30268);
    this.s2 = 1 + (Math.floor(n / 30268) % 30306);
    this.s3 = 1 + ((Math.floor(n / 917_301_000) + n * 7) % 30322);
    for (let i = 0; i < 10; i++) this.next(); // leave the seed's neighbourhood
  }

  /** A number in [0, 1). */
  next(): number {
    this.s1 = (171 * this.s1) % 30269;
    this.s2 = (172 * this.s2) % 30307;
    this.s3 = (170 * this.s3) % 30323;
    return (this.s1 / 30269 + this.s2 / 30307 + this.s3 / 30323) % 1;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}
