import { Random64 } from '../held-out-random64.js';

const MASK_LO = 0x00ff_ffff;
const TWO24 = 16_777_216;

/**
 * Set 48's random stream: `gsl_rng_ranlux` of the GNU Scientific Library, Lüscher's RANLUX (a subtract-with-borrow
 * generator of 24-bit words, lag 24 and 10, with whole blocks of output thrown away), as GSL's ranlux.c implements
 * it: of every 223 numbers 24 are returned and 199 skipped (GSL's `gsl_rng_ranlux`; `gsl_rng_ranlux389` skips
 * more). No earlier set drew from it (set 47 drew from taus113, set 46 from ran2, set 45 from ranlxs0, set 44 from
 * ranmar, set 43 from r250). Seeded as GSL seeds it, by F. James's initialisation: a seed of 0 becomes 314159265;
 * 24 steps of the LCG s = 40014·(s mod 53668) − 12211·⌊s/53668⌋ (plus 2147483563 when negative) fill the words with
 * s mod 2^24; i = 23, j = 9, no carry. Each step: δ = u[j] − u[i] − carry; a borrow sets the carry and δ is taken mod
 * 2^24; u[i] = δ; i and j step down cyclically. gsl_rng_get returns δ, a 24-bit value.
 *
 * A 64-bit draw for the shared Random64 sampling is three outputs: 24 + 24 bits and the top 16 bits of the third.
 */
export class Ranlux extends Random64 {
  private readonly u = new Array<number>(24);
  private i = 23;
  private j = 9;
  private n = 0;
  private carry = 0;
  private readonly skip = 223 - 24;

  constructor(seed: number) {
    super();
    let s = seed === 0 ? 314_159_265 : seed;
    for (let k = 0; k < 24; k++) {
      const q = Math.floor(s / 53_668);
      s = 40_014 * (s - q * 53_668) - q * 12_211;
      if (s < 0) s += 2_147_483_563;
      this.u[k] = s % TWO24;
    }
  }

  private step(): number {
    let delta = this.u[this.j] - this.u[this.i] - this.carry;
    if (delta < 0) {
      this.carry = 1;
      delta &= MASK_LO;
    } else this.carry = 0;
    this.u[this.i] = delta;
    this.i = this.i === 0 ? 23 : this.i - 1;
    this.j = this.j === 0 ? 23 : this.j - 1;
    return delta;
  }

  /** gsl_rng_get: the next output, in [0, 2^24 - 1]. */
  next(): number {
    const r = this.step();
    if (++this.n === 24) {
      this.n = 0;
      for (let k = 0; k < this.skip; k++) this.step();
    }
    return r;
  }

  next64(): bigint {
    const a = BigInt(this.next());
    const b = BigInt(this.next());
    const c = BigInt(this.next());
    return (a << 40n) | (b << 16n) | (c >> 8n);
  }
}
