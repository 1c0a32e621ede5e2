/**
 * RomuTrio32 (Mark A. Overton, "Romu: Fast Nonlinear Pseudo-Random Number Generators Providing
 * High Quality", 2020): three 32-bit words, a multiply and two rotations per step. No earlier
 * set used it. The seed is spread over the three words by this set's own mixer (below), and the
 * first outputs are thrown away so that nearby seeds part at once.
 */
const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

/** This set's seed mixer: xor-shift-multiply rounds with constants of its own choosing. */
function mix(x: number, salt: number): number {
  let h = (x ^ Math.imul(salt, 0x2c1b3c6d)) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x297a2d39) >>> 0;
  h = Math.imul(h ^ (h >>> 12), 0x6a09e667) >>> 0;
  return (h ^ (h >>> 17)) >>> 0;
}

export class RomuTrio32 {
  private x: number;
  private y: number;
  private z: number;

  constructor(seed: number) {
    const lo = seed >>> 0;
    const hi = Math.floor(seed / 2 ** 32) >>> 0;
    this.x = mix(lo, 0x19) || 1;
    this.y = mix(hi ^ lo, 0x1919) || 2;
    this.z = mix(lo + 0x9e37, hi + 0x77) || 3;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** The next 32-bit output. */
  next(): number {
    const xp = this.x;
    const yp = this.y;
    const zp = this.z;
    this.x = Math.imul(3323815723, zp) >>> 0;
    this.y = rotl((yp - xp) >>> 0, 6);
    this.z = rotl((zp - yp) >>> 0, 22);
    return xp;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor((this.next() / 2 ** 32) * n);
  }

  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.next() / 2 ** 32 < p;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(10));
    return s;
  }
}
