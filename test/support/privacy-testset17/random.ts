/**
 * Set 17's own random generator: Marsaglia's complementary-multiply-with-carry CMWC4096
 * (a = 18782, b = 2^32 - 1, lag 4096), its 4096 words seeded by a 32-bit LCG (69069 x + 1362437).
 * Every product stays below 2^47, so plain doubles compute it exactly.
 */
export class Cmwc {
  private readonly q = new Float64Array(4096);
  private c = 362436;
  private i = 4095;

  constructor(seed: number) {
    let x = seed >>> 0 || 1;
    for (let k = 0; k < 4096; k++) {
      x = (Math.imul(69069, x) + 1362437) >>> 0;
      this.q[k] = x;
    }
    this.c = x % 18781; // the carry must stay below a
  }

  /** The next 32-bit word. */
  next(): number {
    this.i = (this.i + 1) & 4095;
    const t = 18782 * this.q[this.i] + this.c;
    this.c = Math.floor(t / 4294967296);
    let x = (t % 4294967296) + this.c;
    if (x >= 4294967296) x -= 4294967296;
    if (x < this.c) {
      x++;
      this.c++;
    }
    const out = 0xfffffffe - x;
    this.q[this.i] = out;
    return out >>> 0;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor((this.next() / 4294967296) * n);
  }

  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }

  chance(p: number): boolean {
    return this.next() / 4294967296 < p;
  }

  digits(n: number): string {
    let s = '';
    for (let k = 0; k < n; k++) s += String(this.int(10));
    return s;
  }
}
