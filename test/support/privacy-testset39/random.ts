import { Random64 } from '../held-out-random64.js';

/** 2^24 and 2^-24: a single-precision output's scale and its least bit. */
const SBASE = 16777216;
const SONE_BIT = 1 / SBASE;
/** 2^-48: the least bit of the 48-bit words the recursion runs on (held as doubles in [0, 1)). */
const ONE_BIT = 1 / 281474976710656;
/** 2^28: added and taken away again to round a word to its upper 24 bits. */
const SHIFT = 268435456;
/** Luxury level 1 for single precision: 202 steps of the recursion per 24 values delivered. */
const LUXURY_1 = 202;

/**
 * Set 39's random stream: `gsl_rng_ranlxs1` of the GNU Scientific Library, Martin Lüscher's second-generation
 * RANLUX in single precision at luxury level 1, which no earlier set drew from (set 36 took ranlxd2, the
 * double-precision variant at level 2). Written from Lüscher's description of RANLUX (subtract-with-borrow
 * x_n = x_{n-5} - x_{n-12} - c_{n-1} on twelve 48-bit words, borrow c = 2^-48 when the difference fell below
 * zero, then 202 - 24 of every 202 words thrown away) and the way GSL hands out its results: each of the twelve
 * words kept gives two 24-bit outputs (its lower half first, then its upper half, the upper rounded down by
 * adding and removing 2^28), and an output is the float times 2^24. Seeding as GSL seeds it: seed 0 means 1,
 * the seed's 31 low bits run a shift register x_k <- x_k + x_{k+18} (mod 2) from which each word takes 48 bits.
 * A 64-bit draw for Random64 is 24, 24 and 16 bits of three outputs.
 */
export class Ranlxs1 extends Random64 {
  private readonly x = new Array<number>(12).fill(0);
  private readonly y = new Array<number>(12).fill(0);
  private readonly out = new Array<number>(24).fill(0);
  private carry = 0;
  private ir = 0;
  private jr = 7;
  private is = 23;
  private isOld = 0;

  constructor(seed: number) {
    super();
    let s = seed === 0 ? 1 : seed;
    s = s % 2 ** 31;
    const bits = new Array<number>(31);
    for (let k = 0; k < 31; k++) {
      bits[k] = s % 2;
      s = Math.floor(s / 2);
    }
    let ib = 0;
    let jb = 18;
    for (let k = 0; k < 12; k++) {
      let w = 0;
      for (let m = 0; m < 48; m++) {
        w = w * 2 + bits[ib];
        bits[ib] = (bits[ib] + bits[jb]) % 2;
        ib = (ib + 1) % 31;
        jb = (jb + 1) % 31;
      }
      this.x[k] = ONE_BIT * w;
    }
  }

  /** One subtract-with-borrow step on word `ir` (lag 12) with word `jr` (lag 5). */
  private step(): void {
    let d = this.x[this.jr] - this.x[this.ir] - this.carry;
    if (d < 0) {
      this.carry = ONE_BIT;
      d += 1;
    } else this.carry = 0;
    this.x[this.ir] = d;
  }

  /** 202 steps; the last twelve words' halves become the next 24 outputs. */
  private refill(): void {
    const next = (i: number) => (i + 1) % 12;
    for (let k = 0; k < LUXURY_1; k++) {
      this.step();
      this.ir = next(this.ir);
      this.jr = next(this.jr);
    }
    for (let k = 0; k < 12; k++) this.y[k] = this.x[k] + SHIFT;
    for (let k = 0, m = 0; k < 12; k++) {
      const w = this.x[k];
      let hi = this.y[k] - SHIFT;
      if (hi > w) hi -= SONE_BIT;
      this.out[m++] = Math.fround((w - hi) * SBASE);
      this.out[m++] = Math.fround(hi);
    }
    this.is = 2 * this.ir;
    this.isOld = 2 * this.ir;
  }

  /** The next output (gsl_rng_get), in [0, 2^24 - 1]. */
  next24(): number {
    this.is = (this.is + 1) % 24;
    if (this.is === this.isOld) this.refill();
    return Math.floor(this.out[this.is] * SBASE);
  }

  next64(): bigint {
    const a = BigInt(this.next24());
    const b = BigInt(this.next24());
    const c = BigInt(this.next24() & 0xffff);
    return (a << 40n) | (b << 16n) | c;
  }
}
