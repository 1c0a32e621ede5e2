import { Random64 } from '../held-out-random64.js';

const M1 = 2_147_483_563;
const M2 = 2_147_483_399;
const A1 = 40_014;
const A2 = 40_692;
const Q1 = 53_668;
const Q2 = 52_774;
const R1 = 12_211;
const R2 = 3_791;
const N_SHUFFLE = 32;
const N_DIV = 1 + Math.floor(2_147_483_562 / N_SHUFFLE);

/** One step of L'Ecuyer's multiplicative generator by Schrage's method (no overflow in 53-bit doubles either). */
const schrage = (s: number, a: number, q: number, r: number, m: number): number => {
  const h = Math.floor(s / q);
  const t = a * (s - h * q) - h * r;
  return t < 0 ? t + m : t;
};

/**
 * Set 46's random stream: `gsl_rng_ran2` of the GNU Scientific Library, the ran2 of Numerical Recipes (second
 * edition): L'Ecuyer's combined generator of two multiplicative congruential generators (moduli 2147483563 and
 * 2147483399, multipliers 40014 and 40692, by Schrage's method) with a Bays-Durham shuffle of 32 entries. No earlier
 * set drew from it (set 45 drew from ranlxs0, set 44 from ranmar, set 43 from r250). Seeded as GSL's ran2.c seeds it:
 * a seed of 0 becomes 1 and the second generator starts at the seed itself; eight warm-up steps of the first
 * generator, then 32 more fill the shuffle table from its last entry down; the first generator and the last output
 * start at the last value. Each draw steps both generators, picks the table entry the last output points at
 * (output / (1 + 2147483562 / 32)), returns that entry minus the second generator's value (plus 2147483562 when
 * below 1) and puts the first generator's new value in the entry's place. gsl_rng_get returns values in
 * [1, 2147483562].
 *
 * A 64-bit draw for the shared Random64 sampling is three outputs: 30 bits of the first (its value minus one below
 * 2^30 after dropping its top bit), 30 of the second and the low 4 of the third (every output's bits below bit 30 are
 * near uniform; the few values of 2^31 - 86 and above fold onto low ones, a bias of 4e-8 the sampling can bear).
 */
export class Ran2 extends Random64 {
  private x: number;
  private y = 0;
  private n: number;
  private readonly shuffle: number[] = new Array<number>(N_SHUFFLE).fill(0);

  constructor(seed: number) {
    super();
    let s = seed >>> 0;
    if (s === 0) s = 1;
    this.y = s;
    for (let i = 0; i < 8; i++) s = schrage(s, A1, Q1, R1, M1);
    for (let i = N_SHUFFLE - 1; i >= 0; i--) {
      s = schrage(s, A1, Q1, R1, M1);
      this.shuffle[i] = s;
    }
    this.x = s;
    this.n = s;
  }

  /** gsl_rng_get: the next output, in [1, 2147483562]. */
  next(): number {
    this.x = schrage(this.x, A1, Q1, R1, M1);
    this.y = schrage(this.y, A2, Q2, R2, M2);
    const j = Math.floor(this.n / N_DIV);
    let delta = this.shuffle[j] - this.y;
    if (delta < 1) delta += M1 - 1;
    this.n = delta;
    this.shuffle[j] = this.x;
    return delta;
  }

  next64(): bigint {
    const a = BigInt((this.next() - 1) % 0x4000_0000);
    const b = BigInt((this.next() - 1) % 0x4000_0000);
    const c = BigInt((this.next() - 1) % 16);
    return (a << 34n) | (b << 4n) | c;
  }
}
