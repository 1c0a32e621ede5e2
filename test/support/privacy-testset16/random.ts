/**
 * Marsaglia's KISS99 (posted to sci.stat.math, 1999): a 69069 linear congruential generator, a
 * 3-shift xorshift and two 16-bit multiply-with-carry generators, combined. Set 16's own generator:
 * no earlier set used it.
 */
export class Kiss99 {
  private z: number;
  private w: number;
  private jsr: number;
  private jcong: number;

  constructor(seed: number) {
    // Four seeds from one, none zero (a zero xorshift or MWC state would stay stuck).
    this.z = (362436069 ^ seed) >>> 0 || 362436069;
    this.w = (521288629 + Math.imul(seed, 7)) >>> 0 || 521288629;
    this.jsr = (123456789 ^ Math.imul(seed, 2654435761)) >>> 0 || 123456789;
    this.jcong = (380116160 + seed) >>> 0;
    for (let i = 0; i < 16; i++) this.next();
  }

  /** The next 32-bit output. */
  next(): number {
    this.z = (Math.imul(36969, this.z & 65535) + (this.z >>> 16)) >>> 0;
    this.w = (Math.imul(18000, this.w & 65535) + (this.w >>> 16)) >>> 0;
    const mwc = ((this.z << 16) + this.w) >>> 0;
    this.jcong = (Math.imul(69069, this.jcong) + 1234567) >>> 0;
    this.jsr ^= this.jsr << 17;
    this.jsr ^= this.jsr >>> 13;
    this.jsr ^= this.jsr << 5;
    this.jsr >>>= 0;
    return (((mwc ^ this.jcong) >>> 0) + this.jsr) >>> 0;
  }

  /** A whole number in [0, n). */
  below(n: number): number {
    return Math.floor((this.next() / 4294967296) * n);
  }

  chance(p: number): boolean {
    return this.next() / 4294967296 < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.below(10));
    return s;
  }
}
