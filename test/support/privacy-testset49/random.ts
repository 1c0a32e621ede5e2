import { Random64 } from '../held-out-random64.js';

const M = 2_147_483_647;
const A = 16_807;
const Q = 127_773;
const R = 2_836;
const N_SHUFFLE = 32;
const N_DIV = 1 + Math.floor(2_147_483_646 / N_SHUFFLE);

/** One step of the Park–Miller minimal standard generator by Schrage's method (no overflow). */
function schrage(s: number): number {
  const h = Math.floor(s / Q);
  const t = A * (s - h * Q) - h * R;
  return t < 0 ? t + M : t;
}

/**
 * Set 49's random stream: `gsl_rng_ran1` of the GNU Scientific Library, the "ran1" of Numerical Recipes (Press et
 * al.): the minimal standard LCG x ← 16807·x mod (2^31 − 1) (Schrage's factorisation, q = 127773, r = 2836) behind a
 * Bays–Durham shuffle table of 32 entries, as GSL's ran1.c implements it. No earlier set drew from it (set 48 drew
 * from ranlux, set 47 from taus113, set 46 from ran2, set 45 from ranlxs0). Seeded as GSL seeds it: a seed of 0
 * becomes 1; eight warm-up steps; then 32 steps fill the table from its last entry down; x and y are the last value.
 * Each output: one LCG step; j = ⌊y / N_DIV⌋ with N_DIV = 1 + ⌊2147483646 / 32⌋; y = table[j]; table[j] = x;
 * gsl_rng_get returns y, in [1, 2147483646].
 *
 * A 64-bit draw for the shared Random64 sampling is three outputs less one: 22 + 22 + 20 of their top bits.
 */
export class Ran1 extends Random64 {
  private x: number;
  private y: number;
  private readonly table = new Array<number>(N_SHUFFLE);

  constructor(seed: number) {
    super();
    let s = seed === 0 ? 1 : seed;
    for (let i = 0; i < 8; i++) s = schrage(s);
    for (let i = N_SHUFFLE - 1; i >= 0; i--) {
      s = schrage(s);
      this.table[i] = s;
    }
    this.x = s;
    this.y = s;
  }

  /** gsl_rng_get: the next output, in [1, 2147483646]. */
  next(): number {
    this.x = schrage(this.x);
    const j = Math.floor(this.y / N_DIV);
    this.y = this.table[j];
    this.table[j] = this.x;
    return this.y;
  }

  next64(): bigint {
    const a = BigInt(this.next() - 1) >> 9n;
    const b = BigInt(this.next() - 1) >> 9n;
    const c = BigInt(this.next() - 1) >> 11n;
    return (a << 42n) | (b << 20n) | c;
  }
}
