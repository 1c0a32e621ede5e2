import { Random64 } from '../held-out-random64.js';

const TWO24 = 16_777_216;
const TWO48 = 281_474_976_710_656;

/**
 * Set 45's random stream: `gsl_rng_ranlxs0` of the GNU Scientific Library, Lüscher's RANLUX in the second-generation
 * single-precision form of M. Lüscher's ranlxs (luxury level 0: 109 steps of the underlying generator per 24
 * outputs). No earlier set drew from it (set 44 drew from ranmar, set 43 from r250, set 41 from ranlxd1). Written from
 * the published algorithm and GSL's ranlxs.c: a subtract-with-borrow generator x[n] = x[n-5] - x[n-12] - carry over
 * twelve 48-bit words (held here as exact integers; GSL holds them as multiples of 2^-48 in doubles, which is the
 * same arithmetic), seeded from 31 bits of the seed (0 becomes 1) by a shift register xbit[i] += xbit[i+18] mod 2,
 * 48 bits per word. After each 109 steps the twelve words are split into 24 outputs, the low 24 bits of a word
 * first, then its high 24 bits; the outputs are read from just after the position where the last step ended.
 * gsl_rng_get returns 24-bit values in [0, 2^24 - 1].
 *
 * A 64-bit draw for the shared Random64 sampling is three outputs: 24 + 24 bits and the high 16 bits of the third.
 */
export class Ranlxs0 extends Random64 {
  private readonly x: number[] = [];
  private readonly out: number[] = new Array<number>(24).fill(0);
  private carry = 0;
  private ir = 0;
  private jr = 7;
  private is = 23;
  private isOld = 0;

  constructor(
    seed: number,
    private readonly luxury = 109,
  ) {
    super();
    let s = seed >>> 0;
    if (s === 0) s = 1;
    const xbit: number[] = [];
    for (let k = 0; k < 31; k++) {
      xbit[k] = s % 2;
      s = Math.floor(s / 2);
    }
    let ibit = 0;
    let jbit = 18;
    for (let k = 0; k < 12; k++) {
      let v = 0;
      for (let m = 0; m < 48; m++) {
        v = v * 2 + xbit[ibit];
        xbit[ibit] = (xbit[ibit] + xbit[jbit]) % 2;
        ibit = (ibit + 1) % 31;
        jbit = (jbit + 1) % 31;
      }
      this.x[k] = v;
    }
  }

  /** GSL's increment_state: `luxury` subtract-with-borrow steps, then the words split into 24 outputs. */
  private increment(): void {
    for (let k = 0; k < this.luxury; k++) {
      let y = this.x[this.jr] - this.x[this.ir] - this.carry;
      if (y < 0) {
        y += TWO48;
        this.carry = 1;
      } else this.carry = 0;
      this.x[this.ir] = y;
      this.ir = (this.ir + 1) % 12;
      this.jr = (this.jr + 1) % 12;
    }
    for (let k = 0; k < 12; k++) {
      this.out[2 * k] = this.x[k] % TWO24;
      this.out[2 * k + 1] = Math.floor(this.x[k] / TWO24);
    }
    this.is = 2 * this.ir;
    this.isOld = this.is;
  }

  /** gsl_rng_get: the next 24-bit output, in [0, 2^24 - 1]. */
  next24(): number {
    this.is = (this.is + 1) % 24;
    if (this.is === this.isOld) this.increment();
    return this.out[this.is];
  }

  next64(): bigint {
    const a = BigInt(this.next24());
    const b = BigInt(this.next24());
    const c = BigInt(this.next24() >>> 8);
    return (a << 40n) | (b << 16n) | c;
  }
}
