/**
 * Marsaglia's xorwow (Xorshift RNGs, 2003): five 32-bit words of xorshift state plus a Weyl counter
 * added to the output. Seeded through a small integer hash so nearby seeds start far apart.
 */
export class Xorwow {
  private x: number;
  private y: number;
  private z: number;
  private w: number;
  private v: number;
  private d: number;

  constructor(seed: number) {
    let h = seed >>> 0 || 0x9e3779b9;
    const next = () => {
      // A 32-bit integer hash (Wellons' lowbias32) over a counter: any seed gives non-zero state words.
      h = (h + 0x7f4a7c15) >>> 0;
      let t = h;
      t ^= t >>> 16;
      t = Math.imul(t, 0x21f0aaad) >>> 0;
      t ^= t >>> 15;
      t = Math.imul(t, 0x735a2d97) >>> 0;
      t ^= t >>> 15;
      return t >>> 0 || 1;
    };
    this.x = next();
    this.y = next();
    this.z = next();
    this.w = next();
    this.v = next();
    this.d = next();
    for (let i = 0; i < 16; i++) this.u32();
  }

  /** One 32-bit output. */
  u32(): number {
    let t = this.x ^ (this.x >>> 2);
    this.x = this.y;
    this.y = this.z;
    this.z = this.w;
    this.w = this.v;
    this.v = (this.v ^ (this.v << 4) ^ (t ^ (t << 1))) >>> 0;
    this.d = (this.d + 362437) >>> 0;
    t = (this.d + this.v) >>> 0;
    return t;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor((this.u32() / 2 ** 32) * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  chance(p: number): boolean {
    return this.u32() / 2 ** 32 < p;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}
