/**
 * Test set 2's own seeded random source: sfc32 seeded through splitmix32. Neither faker (the
 * development set) nor test set 1's mulberry32, so no stream of choices is shared with either.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const split = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let i = 0; i < 12; i++) this.float();
  }

  /** 0 <= x < 1. */
  float(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  one<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  odds(p: number): boolean {
    return this.float() < p;
  }

  numerals(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.between(0, 9));
    return s;
  }
}
