/** L'Ecuyer's moduli: component 1 mod 2^31 - 1, component 2 mod 2145483479. */
const M1 = 2147483647n;
const M2 = 2145483479n;
/** The non-zero multipliers: x_n = 63308 x_{n-2} - 183326 x_{n-3}, y_n = 86098 y_{n-1} - 539608 y_{n-3}. */
const A2 = 63308n;
const A3 = 183326n;
const B1 = 86098n;
const B3 = 539608n;

const mod = (v: bigint, m: bigint): bigint => ((v % m) + m) % m;

/**
 * Set 32's random stream: `gsl_rng_cmrg` of the GNU Scientific Library, P. L'Ecuyer's combined
 * multiple recursive generator ("Combined multiple recursive random number generators", Operations
 * Research 44(5), 1996): two third-order recursions, x_n = (63308 x_{n-2} - 183326 x_{n-3}) mod (2^31 - 1)
 * and y_n = (86098 y_{n-1} - 539608 y_{n-3}) mod 2145483479, output z_n = (x_n - y_n) mod (2^31 - 1).
 * No earlier set drew from it. Seeded as GSL seeds it: seed 0 means 1; six draws of the congruence
 * s = 69069 s mod 2^32 give x1, x2, x3 (mod m1) and y1, y2, y3 (mod m2); then seven outputs are
 * discarded ("warm it up"). Products are exact in BigInt (GSL uses Schrage's method for the same values).
 *
 * Its outputs lie in [0, 2^31 - 2], not 64 bits, so the shared Random64 sampling does not fit; `below`
 * rejects above the largest multiple of the bound in that range (no modulo bias) instead.
 */
export class Cmrg {
  private x1: bigint;
  private x2: bigint;
  private x3: bigint;
  private y1: bigint;
  private y2: bigint;
  private y3: bigint;

  constructor(seed: number) {
    let s = seed >>> 0 || 1;
    const lcg = () => (s = Math.imul(69069, s) >>> 0);
    this.x1 = BigInt(lcg()) % M1;
    this.x2 = BigInt(lcg()) % M1;
    this.x3 = BigInt(lcg()) % M1;
    this.y1 = BigInt(lcg()) % M2;
    this.y2 = BigInt(lcg()) % M2;
    this.y3 = BigInt(lcg()) % M2;
    for (let i = 0; i < 7; i++) this.next();
  }

  /** The next output (gsl_rng_get), 0 <= z < 2^31 - 1. */
  next(): number {
    const x = mod(A2 * this.x2 - A3 * this.x3, M1);
    this.x3 = this.x2;
    this.x2 = this.x1;
    this.x1 = x;
    const y = mod(B1 * this.y1 - B3 * this.y3, M2);
    this.y3 = this.y2;
    this.y2 = this.y1;
    this.y1 = y;
    return Number(mod(x - y, M1));
  }

  /** 0 <= n < bound (bound at most 2^31 - 1), by rejection. */
  below(bound: number): number {
    const range = 2147483647;
    const limit = range - (range % bound);
    for (;;) {
      const v = this.next();
      if (v < limit) return v % bound;
    }
  }

  pick<T>(list: readonly T[]): T {
    return list[this.below(list.length)];
  }

  chance(p: number): boolean {
    return this.below(1_000_000) < p * 1_000_000;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1);
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.below(10));
    return s;
  }
}
