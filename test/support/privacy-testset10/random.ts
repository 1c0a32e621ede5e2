/**
 * Test set 10's own random generator: xorshift64* (Marsaglia's xorshift on 64 bits, output multiplied by
 * 0x2545F4914F6CDD1D, Vigna 2016). The same seed gives the same documents on every run.
 */
export class Rng {
  private state: bigint;

  constructor(seed: number) {
    const mask = (1n << 64n) - 1n;
    this.state = (BigInt(Math.floor(Math.abs(seed))) * 0x9e3779b97f4a7c15n + 0x632be59bd9b4e019n) & mask;
    if (this.state === 0n) this.state = 0x1234567n;
    for (let i = 0; i < 8; i++) this.next();
  }

  /** The next 32 random bits as a number in [0, 2^32). */
  next(): number {
    const mask = (1n << 64n) - 1n;
    let x = this.state;
    x ^= x >> 12n;
    x ^= (x << 25n) & mask;
    x ^= x >> 27n;
    this.state = x;
    return Number(((x * 0x2545f4914f6cdd1dn) & mask) >> 32n);
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

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}
