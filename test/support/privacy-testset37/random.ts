import { Random64 } from '../held-out-random64.js';

/** The modulus of the ZUFALL sums: 2^24, so an output holds 24 bits. */
const RANDMAX = 16_777_216;
/** The long and short lags of Peterson's ZUFALL generator. */
const LONG = 607;
const SHORT = 273;

/**
 * Set 37's random stream: `gsl_rng_zuf` of the GNU Scientific Library, W. P. Petersen's ZUFALL lagged Fibonacci
 * generator (u_n = u_{n-273} + u_{n-607} mod 1, kept as 24-bit integers), which no earlier set drew from.
 * Seeded as GSL seeds it, a copy of ZUFALL's own seeding: seed 0 means 1802; with ij = seed and kl = 9373,
 * i = ij/177 mod 177 + 2, j = ij mod 177 + 2, k = kl/169 mod 178 + 1, l = kl mod 169; each of the 607 slots
 * takes 24 bits of Marsaglia's combined generator (m = i j mod 179 · k mod 179, shift i, j, k; l = 53 l + 1
 * mod 169; the bit is set when l m mod 64 >= 32), the first bit the highest. An output is the slot n plus the
 * slot 273 behind it, reduced while above 2^24, stored back in slot n.
 * A 64-bit draw for the shared sampling of Random64 is 24, 24 and 16 bits of three outputs below 2^24.
 */
export class Zuf extends Random64 {
  private readonly u = new Array<number>(LONG).fill(0);
  private n = 0;

  constructor(seed: number) {
    super();
    const ij = seed === 0 ? 1802 : seed;
    const kl = 9373;
    let i = (Math.floor(ij / 177) % 177) + 2;
    let j = (ij % 177) + 2;
    let k = (Math.floor(kl / 169) % 178) + 1;
    let l = kl % 169;
    for (let slot = 0; slot < LONG; slot++) {
      // x accumulates halves as ZUFALL's double does; 24 halves are exact in a double.
      let x = 0;
      let y = 0.5;
      for (let bit = 1; bit <= 24; bit++) {
        const m = (((i * j) % 179) * k) % 179;
        i = j;
        j = k;
        k = m;
        l = (l * 53 + 1) % 169;
        if ((l * m) % 64 >= 32) x += y;
        y *= 0.5;
      }
      this.u[slot] = Math.floor(x * RANDMAX);
    }
  }

  /** The next output (gsl_rng_get), in [0, 2^24 - 1]. */
  next32(): number {
    const n = this.n;
    const m = (n - SHORT + LONG) % LONG;
    let t = this.u[n] + this.u[m];
    while (t > RANDMAX) t -= RANDMAX;
    this.u[n] = t;
    this.n = n === LONG - 1 ? 0 : n + 1;
    return t;
  }

  private bits(): number {
    for (;;) {
      const v = this.next32();
      if (v < RANDMAX) return v;
    }
  }

  next64(): bigint {
    const a = BigInt(this.bits());
    const b = BigInt(this.bits());
    const c = BigInt(this.bits() & 0xffff);
    return (a << 40n) | (b << 16n) | c;
  }
}
