/**
 * Test set 9's own random generator: an additive lagged Fibonacci generator (lags 24 and 55,
 * x[n] = x[n-24] + x[n-55] mod 2^32), its 55 words of state filled by a 32-bit xorshift from the seed.
 * Chosen because no earlier set uses it (sfc32, mulberry32, xoshiro128**, splitmix32, Park–Miller, PCG32).
 */
export class LaggedFibonacci {
  private readonly state = new Uint32Array(55);
  private j = 23;
  private k = 54;

  constructor(seed: number) {
    let x = seed >>> 0 || 0x9e3779b9;
    for (let i = 0; i < 55; i++) {
      x ^= x << 13;
      x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      this.state[i] = x;
    }
    this.state[0] |= 1; // at least one odd word, or the low bits would never change
    for (let i = 0; i < 200; i++) this.next();
  }

  /** The next 32-bit word. */
  next(): number {
    const v = (this.state[this.j] + this.state[this.k]) >>> 0;
    this.state[this.k] = v;
    this.j = this.j === 0 ? 54 : this.j - 1;
    this.k = this.k === 0 ? 54 : this.k - 1;
    // The top bits of a lagged Fibonacci word are its best: use them for floats and ranges.
    return v;
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

  /** A copy of the items in random order (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const r = Math.floor(this.float() * (i + 1));
      [out[i], out[r]] = [out[r], out[i]];
    }
    return out;
  }
}
