import { Random64 } from '../held-out-random64.js';

/** 2^24: the modulus of the 24-bit words. */
const TWO24 = 16777216;
/** Luxury level 389: of every 389 words produced, 24 are delivered and 365 thrown away. */
const LUXURY_389 = 389;

/**
 * Set 40's random stream: `gsl_rng_ranlux389` of the GNU Scientific Library, Martin Lüscher's original RANLUX
 * (1994) as F. James programmed it, at the highest luxury level 389, which no earlier set drew from (sets 36 and
 * 39 took the second-generation ranlxd2 and ranlxs1, which run on 48-bit words). Written from the published
 * algorithm: a subtract-with-borrow recursion x_n = x_{n-10} - x_{n-24} - c_{n-1} (mod 2^24) on twenty-four 24-bit
 * integers, borrow c = 1 when the difference fell below zero; after 24 delivered values the next 365 are
 * thrown away. Seeding as James seeds it (and GSL): seed 0 means 314159265; a multiplicative congruential
 * generator (40014, modulus 2147483563, by Schrage's method) gives the 24 words, each taken mod 2^24. An output
 * is a word in [0, 2^24 - 1]; a 64-bit draw for Random64 is 24, 24 and 16 bits of three outputs.
 */
export class Ranlux389 extends Random64 {
  private readonly u = new Array<number>(24).fill(0);
  private i = 23;
  private j = 9;
  private n = 0;
  private carry = 0;

  constructor(seed: number) {
    super();
    let s = seed === 0 ? 314159265 : seed;
    for (let k = 0; k < 24; k++) {
      const q = Math.floor(s / 53668);
      s = 40014 * (s - q * 53668) - q * 12211;
      if (s < 0) s += 2147483563;
      this.u[k] = s % TWO24;
    }
  }

  /** One subtract-with-borrow step; both lags walk down through the 24 words. */
  private step(): number {
    let d = this.u[this.j] - this.u[this.i] - this.carry;
    if (d < 0) {
      this.carry = 1;
      d += TWO24;
    } else this.carry = 0;
    this.u[this.i] = d;
    this.i = this.i === 0 ? 23 : this.i - 1;
    this.j = this.j === 0 ? 23 : this.j - 1;
    return d;
  }

  /** The next output (gsl_rng_get), in [0, 2^24 - 1]. */
  next24(): number {
    const r = this.step();
    if (++this.n === 24) {
      this.n = 0;
      for (let k = 0; k < LUXURY_389 - 24; k++) this.step();
    }
    return r;
  }

  next64(): bigint {
    const a = BigInt(this.next24());
    const b = BigInt(this.next24());
    const c = BigInt(this.next24() & 0xffff);
    return (a << 40n) | (b << 16n) | c;
  }
}
