import { Random64 } from '../held-out-random64.js';

/** Knuth's modulus and Numerical Recipes' seed constant (the golden ratio's digits). */
const M_BIG = 1_000_000_000;
const M_SEED = 161_803_398;
/** Outputs below 2^29 are kept for the 64-bit draw: uniform bits without the bias of 10^9's remainder. */
const BELOW = 1 << 29;

/**
 * Set 35's random stream: `gsl_rng_ran3` of the GNU Scientific Library, Knuth's subtractive lagged Fibonacci
 * generator (The Art of Computer Programming, vol. 2, 3.2.2) with the parameters of Numerical Recipes' ran3:
 * x_n = (x_{n-55} - x_{n-24}) mod 10^9, the 55 lags kept in a table read at two positions 31 apart. No earlier
 * set drew from it. Seeded as GSL seeds it: seed 0 means 1; j = (161803398 - seed) mod 10^9, the difference taken in 64-bit unsigned
 * arithmetic as C's unsigned long takes it, fills slot 55,
 * the slots (21 i) mod 55 get the successive differences, then four passes subtract slot 1 + (i + 30) mod 55
 * from each slot i; the read positions start at 0 and 31 and both advance before each output.
 * An output lies in [0, 10^9 - 1]; a 64-bit draw for the shared sampling of Random64 is the low 22, 22 and 20
 * bits of three outputs below 2^29 (outputs at or above 2^29 are skipped, so the bits are uniform).
 */
export class Ran3 extends Random64 {
  private readonly table = new Array<number>(56).fill(0);
  private x = 0;
  private y = 31;

  constructor(seed: number) {
    super();
    const s = seed === 0 ? 1 : seed;
    // GSL subtracts in unsigned long: a seed above M_SEED wraps modulo 2^64 before the remainder is taken.
    let j = Number(BigInt.asUintN(64, BigInt(M_SEED) - BigInt(s)) % BigInt(M_BIG));
    this.table[55] = j;
    let k = 1;
    for (let i = 1; i < 55; i++) {
      const n = (21 * i) % 55;
      this.table[n] = k;
      k = j - k;
      if (k < 0) k += M_BIG;
      j = this.table[n];
    }
    for (let pass = 0; pass < 4; pass++)
      for (let i = 1; i < 56; i++) {
        let t = this.table[i] - this.table[1 + ((i + 30) % 55)];
        if (t < 0) t += M_BIG;
        this.table[i] = t;
      }
  }

  /** The next output (gsl_rng_get), in [0, 10^9 - 1]. */
  next32(): number {
    if (++this.x === 56) this.x = 1;
    if (++this.y === 56) this.y = 1;
    let v = this.table[this.x] - this.table[this.y];
    if (v < 0) v += M_BIG;
    this.table[this.x] = v;
    return v;
  }

  private bits(): number {
    for (;;) {
      const v = this.next32();
      if (v < BELOW) return v;
    }
  }

  next64(): bigint {
    const a = BigInt(this.bits() & 0x3fffff);
    const b = BigInt(this.bits() & 0x3fffff);
    const c = BigInt(this.bits() & 0xfffff);
    return (a << 42n) | (b << 20n) | c;
  }
}
